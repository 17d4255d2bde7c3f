using CoproBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoproBot.LoadBench;

/// <summary>The real CoproBot, on Kestrel on loopback, over the embedded store or Azurite.</summary>
public sealed class CoproBotHost : IBotUnderTest
{
    private readonly WebApplicationFactory<Program> _factory;
    private readonly string _dataDirectory;

    private CoproBotHost(WebApplicationFactory<Program> factory, string dataDirectory, string baseUrl)
    {
        _factory = factory;
        _dataDirectory = dataDirectory;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public string MessagesUrl => BaseUrl + "/api/messages";

    public IServiceProvider Services => _factory.Services;

    /// <summary>Starts CoproBot; with <paramref name="echo"/>, its own bot is replaced by the echo bot but all else stays.</summary>
    /// <remarks>Hosts given the same Azure connection string and <paramref name="tablePrefix"/> share every table, as instances behind one bot do.</remarks>
    public static CoproBotHost Start(bool echo = false, string? azureConnectionString = null, IDictionary<string, string?>? settings = null, string? tablePrefix = null)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("coprobot-bench-").FullName;
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Production");
            web.UseSolutionRelativeContentRoot("Bot");
            web.UseSetting("urls", "http://127.0.0.1:0");
            web.UseSetting("Storage:DataDirectory", dataDirectory);
            web.UseSetting("Storage:AzureTablesConnectionString", azureConnectionString ?? string.Empty);
            web.UseSetting("Storage:TablePrefix", tablePrefix ?? NewTablePrefix());

            // The limits stay at their defaults: the bench measures what production gets, refusals included.

            // Only warnings: the table should not drown in a line per started reflection.
            web.UseSetting("Logging:LogLevel:Default", "Warning");
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                web.UseSetting(key, value);
            }

            web.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
            if (echo)
            {
                web.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<IBot, EchoBot>()));
            }
        });
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new CoproBotHost(factory, dataDirectory, address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>A table prefix no earlier run used, so each scenario starts from empty tables.</summary>
    public static string NewTablePrefix() => "b" + Guid.NewGuid().ToString("N")[..10];

    internal static Task<Azurite> StartAzuriteAsync() => Azurite.StartAsync();
}
