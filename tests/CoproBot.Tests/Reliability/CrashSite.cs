using System.Text;
using CoproBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Schema;

namespace CoproBot.Tests.Reliability;

/// <summary>One bot process over a store of its own (an embedded one in its own folder, or Azure tables), and the connector it replies to.</summary>
internal sealed class CrashSite : IAsyncDisposable
{
    public const string Conversation = "a:crashed";

    private readonly string _data = Directory.CreateTempSubdirectory("coprobot-crash-").FullName;
    private string? _azureConnectionString;
    private ConnectorListener _connector = null!;
    private RunningApp _app = null!;
    private HttpClient _client = null!;

    /// <summary>Table names start with it when the site runs on Azure tables.</summary>
    public string TablePrefix { get; } = "c" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>The key of the person's state row in the conversation, as Bot Framework's private conversation state names it.</summary>
    public static string PersonStateKey => $"msteams/conversations/{Conversation}/users/user-id-0";

    /// <summary>Starts the bot over an embedded store, or over Azure Table Storage when a connection string is given.</summary>
    public static async Task<CrashSite> StartAsync(string? azureConnectionString = null)
    {
        var site = new CrashSite { _connector = await ConnectorListener.StartAsync(), _azureConnectionString = azureConnectionString };
        await site.RestartAsync();
        return site;
    }

    public Dictionary<string, object?> Message(string text) => TeamsActivities.Personal(_connector.ServiceUrl, Conversation, text);

    public async Task RestartAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        var baseUrl = $"http://127.0.0.1:{FreePort.Next()}";
        var environment = AppEnvironment.Clean(new Dictionary<string, string?>
        {
            ["ASPNETCORE_URLS"] = baseUrl,
            ["Storage__DataDirectory"] = _data,
            ["Storage__AzureTablesConnectionString"] = _azureConnectionString,
            ["Storage__TablePrefix"] = TablePrefix,
            ["Bot__TypingDelayMilliseconds"] = "10000",
        });
        _connector.RespondAsync = _ => Task.FromResult<IResult?>(null);
        _app = await RunningApp.StartAsync(AppContext.BaseDirectory, ["dotnet", "CoproBot.dll"], environment, TimeSpan.FromSeconds(60));
        _client = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>Posts the activity, accepts the messages before <paramref name="heldMessage"/>, holds that one and kills the bot.</summary>
    public async Task KillWhileSendingAsync(Dictionary<string, object?> activity, int heldMessage)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var seen = 0;
        _connector.RespondAsync = async reply =>
        {
            if (reply.Type != ActivityTypes.Message || Interlocked.Increment(ref seen) != heldMessage)
            {
                return null;
            }

            reached.TrySetResult();
            await release.Task;

            // Never confirmed to the killed bot, so never counted as delivered.
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        };
        var turn = PostAsync(activity);
        await reached.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await KillAsync();
        release.SetResult();
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => turn);
    }

    public async Task KillAsync()
    {
        Signals.Send(_app.ProcessId, Signals.Kill);
        Assert.NotEqual(0, await _app.WaitForExitAsync(TimeSpan.FromSeconds(30)));
    }

    public async Task PostAsync(Dictionary<string, object?> activity)
    {
        using var content = new StringContent(Newtonsoft.Json.JsonConvert.SerializeObject(activity), Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync("/api/messages", content);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Says something and returns the messages it was answered with.</summary>
    public async Task<List<string>> SayAsync(string text)
    {
        var before = Messages().Count;
        await PostAsync(Message(text));
        return [.. Messages().Skip(before).Select(Replies.TextOf)];
    }

    public List<Activity> Messages() => [.. _connector.All.Select(r => r.Activity).Where(a => a.Type == ActivityTypes.Message && a.Conversation.Id == Conversation)];

    /// <summary>How many messages delivered in the whole conversation start with (or hold) the text.</summary>
    public int Count(string text) => Messages().Select(Replies.TextOf).Count(t => t.StartsWith(text, StringComparison.Ordinal));

    public static int Count(string text, List<string> replies) => replies.Count(t => t.Contains(text, StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
    }
}
