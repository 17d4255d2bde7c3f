using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CoproBot.Tests.Infrastructure;

/// <summary>A real HTTP listener on loopback playing Discord's REST API: it records every call the bot makes.</summary>
public sealed class DiscordApiListener : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Recorded<DiscordCall> _received = new("the Discord API");
    private readonly ConcurrentQueue<DiscordCall> _all = new();

    private DiscordApiListener(WebApplication app) => _app = app;

    /// <summary>What the bot should use as Discord:ApiBaseUrl.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Decides the answer to each call; by default every call succeeds with a message id.</summary>
    public Func<DiscordCall, IResult?> Respond { get; set; } = _ => null;

    public IReadOnlyCollection<DiscordCall> All => _all;

    public static async Task<DiscordApiListener> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var listener = new DiscordApiListener(app);
        app.Map("/api/v10/{**path}", listener.HandleAsync);
        await app.StartAsync();
        listener.BaseUrl = app.Urls.First().TrimEnd('/') + "/api/v10";
        return listener;
    }

    /// <summary>The next call, waiting for it if need be.</summary>
    public Task<DiscordCall> NextAsync(TimeSpan? timeout = null) => _received.NextAsync(timeout);

    /// <summary>Everything already received and not yet taken, without waiting.</summary>
    public List<DiscordCall> Drain() => _received.Drain();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> HandleAsync(HttpRequest request, string path)
    {
        DiscordCall call;
        if (request.HasFormContentType)
        {
            // An upload, as Discord takes it: the message in payload_json, the files as files[n].
            var form = await request.ReadFormAsync();
            var files = new List<UploadedFile>();
            foreach (var file in form.Files)
            {
                using var bytes = new MemoryStream();
                await file.CopyToAsync(bytes);
                files.Add(new UploadedFile(file.Name, file.FileName, file.ContentType, bytes.ToArray()));
            }

            call = new DiscordCall(request.Method, path, request.Headers.Authorization.ToString(), JsonNode.Parse(form["payload_json"].ToString())) { Files = files };
        }
        else
        {
            using var reader = new StreamReader(request.Body);
            var text = await reader.ReadToEndAsync();
            call = new DiscordCall(
                request.Method,
                path,
                request.Headers.Authorization.ToString(),
                string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text));
        }

        _all.Enqueue(call);
        await _received.AddAsync(call);
        return Respond(call) ?? Results.Json(new { id = Guid.NewGuid().ToString("N") });
    }
}

/// <summary>One call to the Discord API: the path is relative to the API base, such as <c>webhooks/1/token</c>.</summary>
public sealed record DiscordCall(string Method, string Path, string Authorization, JsonNode? Body)
{
    /// <summary>The files of a multipart upload, in order; empty for a JSON call.</summary>
    public IReadOnlyList<UploadedFile> Files { get; init; } = [];
}

/// <summary>One file of an upload: its form field (<c>files[0]</c>), file name, content type and bytes.</summary>
public sealed record UploadedFile(string Field, string FileName, string ContentType, byte[] Bytes);
