using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json;

namespace CoproBot.Tests.Infrastructure;

/// <summary>
/// The built bot as its own process with authentication on, as in production: a single-tenant app whose tokens are
/// checked against, and fetched from, a local stand-in for the identity services, and a connector listener.
/// </summary>
public sealed class AuthenticatedBot : IAsyncDisposable
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string TenantId = "66666666-7777-8888-9999-000000000000";

    // Made up for the run, so finding it anywhere it should not be is meaningful.
    public static readonly string AppPassword = "app-secret-" + Guid.NewGuid().ToString("N");

    private AuthenticatedBot(RunningApp app, IdentityStandIn identity, ConnectorListener connector, string baseUrl)
    {
        App = app;
        Identity = identity;
        Connector = connector;
        Client = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
        Tokens = new ChannelTokens(identity, AppId);
    }

    public RunningApp App { get; }

    public IdentityStandIn Identity { get; }

    public ConnectorListener Connector { get; }

    public HttpClient Client { get; }

    public ChannelTokens Tokens { get; }

    public static async Task<AuthenticatedBot> StartAsync()
    {
        var identity = await IdentityStandIn.StartAsync();
        var connector = await ConnectorListener.StartAsync();
        var baseUrl = $"http://127.0.0.1:{FreePort.Next()}";
        var environment = AppEnvironment.Clean(new Dictionary<string, string?>
        {
            ["ASPNETCORE_URLS"] = baseUrl,
            ["Storage__DataDirectory"] = Directory.CreateTempSubdirectory("coprobot-auth-").FullName,
            ["Bot__TypingDelayMilliseconds"] = "10000",
            ["OutgoingCalls__MaxRetries"] = "1",
            ["OutgoingCalls__BaseDelayMilliseconds"] = "1",
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = AppPassword,
            ["MicrosoftAppTenantId"] = TenantId,
            ["ToBotFromChannelOpenIdMetadataUrl"] = identity.ChannelMetadataUrl,
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = identity.EmulatorMetadataUrl,
            ["ToChannelFromBotLoginUrl"] = identity.LoginUrl(TenantId),
            ["ValidateAuthority"] = "false",

            // The stand-in's authority is the only one this process trusts, and nothing here may reach the internet:
            // a call that would leave loopback (the identity library looks up its authority once) fails at once.
            ["SSL_CERT_FILE"] = identity.AuthorityFile,
            ["HTTPS_PROXY"] = "http://127.0.0.1:9",
            ["HTTP_PROXY"] = "http://127.0.0.1:9",
            ["NO_PROXY"] = "127.0.0.1,localhost",
        });
        var app = await RunningApp.StartAsync(AppContext.BaseDirectory, ["dotnet", "CoproBot.dll"], environment, TimeSpan.FromSeconds(60));
        return new AuthenticatedBot(app, identity, connector, baseUrl);
    }

    /// <summary>Posts an activity as the Bot Connector does, with <paramref name="token"/> as its bearer token (none when null).</summary>
    public async Task<HttpResponseMessage> PostAsync(Dictionary<string, object?> activity, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(JsonConvert.SerializeObject(activity), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await Client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    /// <summary>Posts an activity with a genuine token and returns the texts of the messages sent back.</summary>
    public async Task<List<string>> SayAsync(Dictionary<string, object?> activity)
    {
        Connector.Drain();
        using var response = await PostAsync(activity, Tokens.Genuine(Connector.ServiceUrl));
        Assert.True(response.IsSuccessStatusCode, $"A genuine token was refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}\n{App.Output}");
        return [.. Connector.Drain().Where(r => r.Activity.Type == "message").Select(r => Replies.TextOf(r.Activity))];
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        await Connector.DisposeAsync();
        await Identity.DisposeAsync();
    }
}
