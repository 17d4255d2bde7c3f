using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;

namespace CoproBot.Tests.Infrastructure;

/// <summary>The real bot, in process, over a real store, with a connector listener receiving its replies.</summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    private BotHost(WebApplicationFactory<Program> factory, ConnectorListener connector, string dataDirectory)
    {
        _factory = factory;
        Connector = connector;
        DataDirectory = dataDirectory;
        Client = factory.CreateClient();
    }

    public ConnectorListener Connector { get; }

    public HttpClient Client { get; }

    public string DataDirectory { get; }

    public IServiceProvider Services => _factory.Services;

    /// <summary>
    /// Starts a bot. Pass a data directory or connection string of an earlier host to restart over its store, and
    /// <paramref name="services"/> to add test services (such as an in-memory telemetry exporter) after the bot's own.
    /// With <paramref name="kestrel"/>, it listens on Kestrel on loopback, so requests come from a real client address.
    /// </summary>
    public static async Task<BotHost> StartAsync(
        string? dataDirectory = null,
        string? azureConnectionString = null,
        string? tablePrefix = null,
        IDictionary<string, string?>? settings = null,
        ConnectorListener? connector = null,
        Action<IServiceCollection>? services = null,
        bool kestrel = false)
    {
        dataDirectory ??= Directory.CreateTempSubdirectory("coprobot-host-").FullName;
        connector ??= await ConnectorListener.StartAsync();
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Testing");
            web.UseSetting("Storage:DataDirectory", dataDirectory);
            web.UseSetting("Storage:AzureTablesConnectionString", azureConnectionString ?? string.Empty);
            if (tablePrefix is not null)
            {
                web.UseSetting("Storage:TablePrefix", tablePrefix);
            }

            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                web.UseSetting(key, value);
            }

            if (kestrel)
            {
                // Otherwise the bot's own default address applies, which another bot may hold.
                web.UseSetting("urls", "http://127.0.0.1:0");
            }

            if (services is not null)
            {
                web.ConfigureTestServices(services);
            }
        });
        if (kestrel)
        {
            factory.UseKestrel(0);
            factory.StartServer();
        }

        return new BotHost(factory, connector, dataDirectory);
    }

    public Task<HttpResponseMessage> PostActivityAsync(object activity) =>
        PostJsonAsync("/api/messages", JsonConvert.SerializeObject(activity));

    public Task<HttpResponseMessage> PostJsonAsync(string path, string json, string contentType = "application/json")
    {
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return Client.PostAsync(path, content);
    }

    /// <summary>Stops the bot but keeps the connector and the store, for a restart.</summary>
    public async Task StopAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await Connector.DisposeAsync();
    }
}
