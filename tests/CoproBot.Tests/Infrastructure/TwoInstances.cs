using Microsoft.Extensions.DependencyInjection;

namespace CoproBot.Tests.Infrastructure;

/// <summary>Two bot instances over one Azurite table prefix, sharing a connector listener, as two servers behind one bot.</summary>
public sealed class TwoInstances : IAsyncDisposable
{
    private TwoInstances(ConnectorListener connector, BotHost first, BotHost second)
    {
        Connector = connector;
        First = first;
        Second = second;
    }

    public ConnectorListener Connector { get; }

    public BotHost First { get; }

    public BotHost Second { get; }

    /// <summary>Starts both; <paramref name="settings"/> and <paramref name="services"/> apply to each, after the bot's own.</summary>
    public static async Task<TwoInstances> StartAsync(string azureConnectionString, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var prefix = "t" + Guid.NewGuid().ToString("N")[..10];
        var connector = await ConnectorListener.StartAsync();
        var first = await BotHost.StartAsync(azureConnectionString: azureConnectionString, tablePrefix: prefix, settings: Named("first", settings), connector: connector, services: services);
        var second = await BotHost.StartAsync(azureConnectionString: azureConnectionString, tablePrefix: prefix, settings: Named("second", settings), connector: connector, services: services);
        return new TwoInstances(connector, first, second);
    }

    // Two servers have two names, as the runbook asks. Sharing one (both test hosts run on this machine, whose name is
    // the default) would make each take the other's replies in flight for its own predecessor's, and send them too.
    // A test that gives both one name on purpose says so in its settings.
    private static Dictionary<string, string?> Named(string name, IDictionary<string, string?>? settings)
    {
        var named = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        named.TryAdd("Bot:InstanceName", name);
        return named;
    }

    public async ValueTask DisposeAsync()
    {
        // The hosts share the listener, so each is stopped and the listener disposed once, last.
        await First.StopAsync();
        await Second.StopAsync();
        await Connector.DisposeAsync();
    }
}
