namespace CoproBot.LoadBench;

/// <summary>A minimal Bot Connector on loopback that accepts every reply at once, as a fast channel would.</summary>
public sealed class ConnectorSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    // What both of CoproBot's "slow down" answers say, free of characters JSON may escape.
    private const string SlowDownWords = "faster than I can answer them well";

    private long _received;
    private long _slowedDown;
    private long _typing;

    private ConnectorSink(WebApplication app) => _app = app;

    public string Url { get; private set; } = string.Empty;

    public long Received => Interlocked.Read(ref _received);

    /// <summary>Typing indicators, which a turn sends only when it runs long.</summary>
    public long Typing => Interlocked.Read(ref _typing);

    /// <summary>Replies that asked to slow down instead of answering.</summary>
    public long SlowedDown => Interlocked.Read(ref _slowedDown);

    /// <summary>Whether a reply's JSON is CoproBot asking a person or a conversation to slow down.</summary>
    public static bool IsSlowDown(string json) => json.Contains(SlowDownWords, StringComparison.Ordinal);

    public static async Task<ConnectorSink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var sink = new ConnectorSink(app);
        app.MapPost("/v3/conversations/{**rest}", async (HttpRequest request) =>
        {
            // Read the body, as a real connector would, so the bot's send is complete.
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            if (IsSlowDown(body))
            {
                Interlocked.Increment(ref sink._slowedDown);
            }

            if (body.Contains("\"type\":\"typing\"", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref sink._typing);
            }

            Interlocked.Increment(ref sink._received);
            return Results.Text("{\"id\":\"1\"}", "application/json");
        });
        await app.StartAsync();
        sink.Url = app.Urls.First().TrimEnd('/');
        return sink;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
