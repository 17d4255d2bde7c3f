using System.Collections.Concurrent;
using CoproBot.Storage.Tables;

namespace CoproBot.Tests.Reflection;

/// <summary>A real store with its reads and writes counted per table, to hold reflections to one state read and write per turn.</summary>
internal sealed class TableCountingStore(ITableStore inner) : ITableStore
{
    private readonly ConcurrentDictionary<string, int> _reads = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _writes = new(StringComparer.Ordinal);

    public int Reads(string table) => _reads.GetValueOrDefault(table);

    public int Writes(string table) => _writes.GetValueOrDefault(table);

    public Task<StoredEntity?> GetAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        _reads.AddOrUpdate(table, 1, (_, n) => n + 1);
        return inner.GetAsync(table, partitionKey, rowKey, cancellationToken);
    }

    public IAsyncEnumerable<StoredEntity> QueryPartitionAsync(string table, string partitionKey, CancellationToken cancellationToken)
    {
        _reads.AddOrUpdate(table, 1, (_, n) => n + 1);
        return inner.QueryPartitionAsync(table, partitionKey, cancellationToken);
    }

    public IAsyncEnumerable<StoredEntity> QueryTableAsync(string table, CancellationToken cancellationToken)
    {
        _reads.AddOrUpdate(table, 1, (_, n) => n + 1);
        return inner.QueryTableAsync(table, cancellationToken);
    }

    public Task<WriteResult> InsertAsync(string table, string partitionKey, string rowKey, string data, CancellationToken cancellationToken)
    {
        _writes.AddOrUpdate(table, 1, (_, n) => n + 1);
        return inner.InsertAsync(table, partitionKey, rowKey, data, cancellationToken);
    }

    public Task<WriteResult> ReplaceAsync(string table, string partitionKey, string rowKey, string data, string etag, CancellationToken cancellationToken)
    {
        _writes.AddOrUpdate(table, 1, (_, n) => n + 1);
        return inner.ReplaceAsync(table, partitionKey, rowKey, data, etag, cancellationToken);
    }

    public Task<WriteResult> UpsertAsync(string table, string partitionKey, string rowKey, string data, CancellationToken cancellationToken)
    {
        _writes.AddOrUpdate(table, 1, (_, n) => n + 1);
        return inner.UpsertAsync(table, partitionKey, rowKey, data, cancellationToken);
    }

    public Task<WriteResult> DeleteAsync(string table, string partitionKey, string rowKey, string? etag, CancellationToken cancellationToken)
    {
        _writes.AddOrUpdate(table, 1, (_, n) => n + 1);
        return inner.DeleteAsync(table, partitionKey, rowKey, etag, cancellationToken);
    }

    public Task<bool> PingAsync(CancellationToken cancellationToken) => inner.PingAsync(cancellationToken);
}
