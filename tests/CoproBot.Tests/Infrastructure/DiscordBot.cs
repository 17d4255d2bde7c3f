using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace CoproBot.Tests.Infrastructure;

/// <summary>The real bot with Discord configured: a key pair made for the test, and a local Discord API listener.</summary>
public sealed class DiscordBot : IAsyncDisposable
{
    public const string BotToken = "test-bot-token";
    public const string Route = "/api/discord/interactions";

    private DiscordBot(BotHost host, DiscordApiListener api, DiscordSigner signer, TimeProvider time)
    {
        Host = host;
        Api = api;
        Signer = signer;
        Time = time;
    }

    public BotHost Host { get; }

    public DiscordApiListener Api { get; }

    public DiscordSigner Signer { get; }

    public TimeProvider Time { get; }

    public IServiceProvider Services => Host.Services;

    public static async Task<DiscordBot> StartAsync(
        Action<IServiceCollection>? services = null,
        IDictionary<string, string?>? settings = null,
        TimeProvider? time = null,
        bool kestrel = false)
    {
        var signer = new DiscordSigner();
        var api = await DiscordApiListener.StartAsync();
        var all = new Dictionary<string, string?>
        {
            ["Discord:Enabled"] = "true",
            ["Discord:ApplicationId"] = Interactions.ApplicationId,
            ["Discord:PublicKey"] = signer.PublicKeyHex,
            ["Discord:BotToken"] = BotToken,
            ["Discord:ApiBaseUrl"] = api.BaseUrl,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var host = await BotHost.StartAsync(settings: all, services: collection =>
        {
            if (time is not null)
            {
                collection.AddSingleton(time);
            }

            services?.Invoke(collection);
        }, kestrel: kestrel);
        return new DiscordBot(host, api, signer, time ?? TimeProvider.System);
    }

    /// <summary>Posts an interaction signed as Discord signs it.</summary>
    public Task<HttpResponseMessage> PostAsync(object interaction) =>
        PostSignedAsync(JsonSerializer.SerializeToUtf8Bytes(interaction));

    public Task<HttpResponseMessage> PostSignedAsync(byte[] body, DateTimeOffset? signedAt = null)
    {
        var timestamp = DiscordSigner.TimestampOf(signedAt ?? Time.GetUtcNow());
        return PostRawAsync(body, Signer.Sign(timestamp, body), timestamp);
    }

    public Task<HttpResponseMessage> PostRawAsync(byte[] body, string? signature, string? timestamp)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, Route) { Content = content };
        if (signature is not null)
        {
            request.Headers.Add("X-Signature-Ed25519", signature);
        }

        if (timestamp is not null)
        {
            request.Headers.Add("X-Signature-Timestamp", timestamp);
        }

        return Host.Client.SendAsync(request);
    }

    /// <summary>Posts an interaction and reads the interaction response, which must be a 200 with JSON.</summary>
    public async Task<JsonObject> InteractAsync(object interaction)
    {
        using var response = await PostAsync(interaction);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Expected success, got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Api.DisposeAsync();
        Signer.Dispose();
    }
}
