using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;

namespace CoproBot.Tests.Infrastructure;

/// <summary>A real HTTP listener on loopback playing the Bot Connector: it records every activity the bot sends.</summary>
public sealed class ConnectorListener : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Recorded<RecordedActivity> _received = new("the connector");
    private readonly ConcurrentQueue<RecordedActivity> _all = new();
    private readonly ConcurrentQueue<ConversationParameters> _created = new();
    private int _attempts;

    private ConnectorListener(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = string.Empty;

    /// <summary>Decides the answer to each request (null accepts it); by default every send succeeds.</summary>
    public Func<Activity, Task<IResult?>> RespondAsync { get; set; } = _ => Task.FromResult<IResult?>(null);

    /// <summary>Decides the answer to a request to open a conversation (null accepts it, with a new conversation id).</summary>
    public Func<ConversationParameters, IResult?> RespondToCreateConversation { get; set; } = _ => null;

    /// <summary>Every conversation the bot asked to open and was given, in order.</summary>
    public IReadOnlyCollection<ConversationParameters> CreatedConversations => _created;

    /// <summary>Like <see cref="RespondAsync"/>, with what else the request said (its query string); asked after it.</summary>
    public Func<RecordedActivity, Task<IResult?>>? RespondToRequestAsync { get; set; }

    /// <summary>Every activity accepted so far, in order.</summary>
    public IReadOnlyCollection<RecordedActivity> All => _all;

    /// <summary>How many sends were attempted, accepted or not.</summary>
    public int Attempts => _attempts;

    public static async Task<ConnectorListener> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var listener = new ConnectorListener(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{**rest}", listener.HandleAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities", listener.HandleAsync);
        app.MapPost("/v3/conversations", listener.CreateConversationAsync);
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", listener.HandleAsync);
        await app.StartAsync();
        listener.ServiceUrl = app.Urls.First().TrimEnd('/');
        return listener;
    }

    /// <summary>The next activity, waiting for it if need be.</summary>
    public Task<RecordedActivity> NextAsync(TimeSpan? timeout = null) => _received.NextAsync(timeout);

    /// <summary>The next message (typing indicators skipped).</summary>
    public async Task<Activity> NextMessageAsync(TimeSpan? timeout = null)
    {
        while (true)
        {
            var next = await NextAsync(timeout);
            if (next.Activity.Type == ActivityTypes.Message)
            {
                return next.Activity;
            }
        }
    }

    /// <summary>Everything already received and not yet taken, without waiting.</summary>
    public List<RecordedActivity> Drain() => _received.Drain();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> HandleAsync(HttpRequest request, string conversationId)
    {
        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync();
        var activity = JsonConvert.DeserializeObject<Activity>(json)!;
        Interlocked.Increment(ref _attempts);
        var recorded = new RecordedActivity(request.Path, conversationId, activity, request.QueryString.Value ?? string.Empty, request.Headers.Authorization.ToString());
        var answer = await RespondAsync(activity) ?? (RespondToRequestAsync is { } respond ? await respond(recorded) : null);
        if (answer is not null)
        {
            return answer;
        }

        _all.Enqueue(recorded);
        await _received.AddAsync(recorded);
        return Results.Json(new { id = Guid.NewGuid().ToString("N") });
    }

    private async Task<IResult> CreateConversationAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var parameters = JsonConvert.DeserializeObject<ConversationParameters>(await reader.ReadToEndAsync())!;
        if (RespondToCreateConversation(parameters) is { } answer)
        {
            return answer;
        }

        _created.Enqueue(parameters);
        return Results.Json(new { id = "a:personal-" + Guid.NewGuid().ToString("N") });
    }
}

/// <summary>One activity the bot sent: where to, the query string of the call (such as <c>?isTargetedActivity=true</c>) and the Authorization header it came with.</summary>
public sealed record RecordedActivity(string Path, string ConversationId, Activity Activity, string Query = "", string Authorization = "");
