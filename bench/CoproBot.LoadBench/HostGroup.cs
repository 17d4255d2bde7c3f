namespace CoproBot.LoadBench;

/// <summary>One or more CoproBot hosts over the same tables, as instances behind a load balancer without affinity.</summary>
/// <remarks>
/// Turn <c>t</c> of conversation <c>c</c> goes to host <c>(c + t) % count</c>: with two hosts, each conversation's turns
/// alternate between them, so every turn reads state the other host wrote, and the load is shared evenly.
/// </remarks>
public sealed class HostGroup : IAsyncDisposable
{
    private readonly CoproBotHost[] _hosts;

    private HostGroup(CoproBotHost[] hosts) => _hosts = hosts;

    public int Count => _hosts.Length;

    /// <summary>The first host's services; its store reaches the same tables as every other host's.</summary>
    public IServiceProvider Services => _hosts[0].Services;

    /// <summary>Starts <paramref name="count"/> hosts; more than one needs a shared store, so an Azure connection string.</summary>
    public static HostGroup Start(int count, bool echo, string? azureConnectionString)
    {
        if (count > 1 && azureConnectionString is null)
        {
            throw new ArgumentException("Hosts can share only Azure Table Storage: the embedded store is one file per host.", nameof(azureConnectionString));
        }

        var prefix = CoproBotHost.NewTablePrefix();
        var hosts = new CoproBotHost[count];
        for (var i = 0; i < count; i++)
        {
            hosts[i] = CoproBotHost.Start(echo, azureConnectionString, tablePrefix: prefix);
        }

        return new HostGroup(hosts);
    }

    /// <summary>Where turn <paramref name="turn"/> of conversation <paramref name="conversation"/> is sent.</summary>
    public string MessagesUrl(int conversation, int turn) => _hosts[(conversation + turn) % _hosts.Length].MessagesUrl;

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }
    }
}
