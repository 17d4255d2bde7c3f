using System.Collections.Concurrent;
using CoproBot.Bot.Hosting;
using CoproBot.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace CoproBot.Tests.Infrastructure;

/// <summary>
/// A bot's real store whose next read or next write of a table can be held, as a slow storage account holds one call:
/// the test puts two instances' turns in the order it wants to see, and everything else passes as usual.
/// </summary>
public sealed class GatedTableStore(ITableStore inner) : DelegatingTableStore(inner)
{
    private readonly ConcurrentDictionary<string, StoreGate> _reads = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StoreGate> _writes = new(StringComparer.Ordinal);

    /// <summary>Wraps the store the bot registered, so a test reaches it with <see cref="Of"/>.</summary>
    public static void AddTo(IServiceCollection services) => services.DecorateTableStore((_, store) => new GatedTableStore(store));

    public static GatedTableStore Of(BotHost host) => (GatedTableStore)host.Services.GetRequiredService<ITableStore>();

    /// <summary>Holds the next single-entity read of the table.</summary>
    public StoreGate HoldNextRead(string table) => _reads[table] = new StoreGate();

    /// <summary>Holds the next insert, replace, upsert or delete in the table.</summary>
    public StoreGate HoldNextWrite(string table) => _writes[table] = new StoreGate();

    public override async Task<StoredEntity?> GetAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        await PassAsync(_reads, table, cancellationToken);
        return await Inner.GetAsync(table, partitionKey, rowKey, cancellationToken);
    }

    public override async Task<WriteResult> InsertAsync(string table, string partitionKey, string rowKey, string data, CancellationToken cancellationToken)
    {
        await PassAsync(_writes, table, cancellationToken);
        return await Inner.InsertAsync(table, partitionKey, rowKey, data, cancellationToken);
    }

    public override async Task<WriteResult> ReplaceAsync(string table, string partitionKey, string rowKey, string data, string etag, CancellationToken cancellationToken)
    {
        await PassAsync(_writes, table, cancellationToken);
        return await Inner.ReplaceAsync(table, partitionKey, rowKey, data, etag, cancellationToken);
    }

    public override async Task<WriteResult> UpsertAsync(string table, string partitionKey, string rowKey, string data, CancellationToken cancellationToken)
    {
        await PassAsync(_writes, table, cancellationToken);
        return await Inner.UpsertAsync(table, partitionKey, rowKey, data, cancellationToken);
    }

    public override async Task<WriteResult> DeleteAsync(string table, string partitionKey, string rowKey, string? etag, CancellationToken cancellationToken)
    {
        await PassAsync(_writes, table, cancellationToken);
        return await Inner.DeleteAsync(table, partitionKey, rowKey, etag, cancellationToken);
    }

    private static async Task PassAsync(ConcurrentDictionary<string, StoreGate> gates, string table, CancellationToken cancellationToken)
    {
        // Only the first call to arrive takes the gate; the calls after it pass.
        if (gates.TryRemove(table, out var gate))
        {
            await gate.PassAsync(cancellationToken);
        }
    }
}
