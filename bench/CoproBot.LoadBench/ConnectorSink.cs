namespace CoproBot.LoadBench;

/// <summary>A minimal Bot Connector on loopback that accepts every reply at once, as a fast channel would.</summary>
public sealed class ConnectorSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _received;

    private ConnectorSink(WebApplication app) => _app = app;

    public string Url { get; private set; } = string.Empty;

    public long Received => Interlocked.Read(ref _received);

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
            await request.Body.CopyToAsync(Stream.Null);
            Interlocked.Increment(ref sink._received);
            return Results.Text("{\"id\":\"1\"}", "application/json");
        });
        await app.StartAsync();
        sink.Url = app.Urls.First().TrimEnd('/');
        return sink;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
