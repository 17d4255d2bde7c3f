using System.Collections.Concurrent;
using CoproBot.Storage.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace CoproBot.Tests.Infrastructure;

/// <summary>
/// A real HTTP hop on loopback between a bot and Azurite: every call is passed on as it came, except a write the test
/// asked to hold, which waits there as a slow storage account would and is dropped, never passed on, if its caller dies.
/// </summary>
public sealed class TableStorageProxy : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _upstream;
    private readonly ConcurrentDictionary<string, HeldWrite> _held = new(StringComparer.Ordinal);

    private TableStorageProxy(WebApplication app, int azuritePort)
    {
        _app = app;
        _upstream = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{azuritePort}"),
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    public int Port { get; private set; }

    public static async Task<TableStorageProxy> StartAsync(Azurite azurite)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var proxy = new TableStorageProxy(app, azurite.Port);
        app.Run(proxy.ForwardAsync);
        await app.StartAsync();
        proxy.Port = new Uri(app.Urls.First()).Port;
        return proxy;
    }

    /// <summary>Azurite's connection string, through this proxy.</summary>
    public static string ConnectionStringThrough(Azurite azurite, TableStorageProxy proxy) =>
        azurite.ConnectionString.Replace($"127.0.0.1:{azurite.Port}/", $"127.0.0.1:{proxy.Port}/", StringComparison.Ordinal);

    /// <summary>Holds the next replace, merge or delete of an entity of the partition, in the table (its full name, prefix included).</summary>
    public HeldWrite HoldNextWrite(string table, string partitionKey) => _held[table] = new HeldWrite(StorageKey.Encode(partitionKey, out _));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _upstream.Dispose();
    }

    private async Task ForwardAsync(HttpContext context)
    {
        var request = context.Request;
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, context.RequestAborted);
        var path = request.Path.Value ?? string.Empty;
        var table = TableOf(path);
        if (_held.TryGetValue(table, out var held) && held.Names(path))
        {
            if (HttpMethods.IsGet(request.Method))
            {
                held.SawRead();
            }
            else if (_held.TryRemove(new KeyValuePair<string, HeldWrite>(table, held)))
            {
                // Waits until released; if the caller is killed first, the write is dropped here and never reaches the store.
                await held.WaitAsync(body.ToArray(), context.RequestAborted);
            }
        }

        // The address exactly as it came: the request is signed over it, and decoding it would change the keys it names.
        var target = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        using var forward = new HttpRequestMessage(new HttpMethod(request.Method), target);
        forward.Content = new ByteArrayContent(body.ToArray());
        foreach (var (name, values) in request.Headers)
        {
            if (!string.Equals(name, "Host", StringComparison.OrdinalIgnoreCase) && !forward.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                forward.Content.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        using var answer = await _upstream.SendAsync(forward, context.RequestAborted);
        context.Response.StatusCode = (int)answer.StatusCode;
        foreach (var (name, values) in answer.Headers.Concat(answer.Content.Headers))
        {
            if (!string.Equals(name, "Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }

        await answer.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    // "/devstoreaccount1/table(PartitionKey='…',RowKey='…')" or "/devstoreaccount1/table" names the table second.
    private static string TableOf(string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length < 2 ? string.Empty : parts[1].Split('(')[0];
    }
}
