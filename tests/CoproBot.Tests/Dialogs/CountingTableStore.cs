using CoproBot.Storage.Tables;

namespace CoproBot.Tests.Dialogs;

/// <summary>A real store with its reads and writes counted, to hold the engine to one of each per turn.</summary>
internal sealed class CountingTableStore(ITableStore inner) : ITableStore
{
    private int _reads;
    private int _writes;

    public int Reads => _reads;

    public int Writes => _writes;

    public Task<StoredEntity?> GetAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.GetAsync(table, partitionKey, rowKey, cancellationToken);
    }

    public IAsyncEnumerable<StoredEntity> QueryPartitionAsync(string table, string partitionKey, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.QueryPartitionAsync(table, partitionKey, cancellationToken);
    }

    public IAsyncEnumerable<StoredEntity> QueryTableAsync(string table, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.QueryTableAsync(table, cancellationToken);
    }

    public Task<WriteResult> InsertAsync(string table, string partitionKey, string rowKey, string data, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _writes);
        return inner.InsertAsync(table, partitionKey, rowKey, data, cancellationToken);
    }

    public Task<WriteResult> ReplaceAsync(string table, string partitionKey, string rowKey, string data, string etag, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _writes);
        return inner.ReplaceAsync(table, partitionKey, rowKey, data, etag, cancellationToken);
    }

    public Task<WriteResult> UpsertAsync(string table, string partitionKey, string rowKey, string data, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _writes);
        return inner.UpsertAsync(table, partitionKey, rowKey, data, cancellationToken);
    }

    public Task<WriteResult> DeleteAsync(string table, string partitionKey, string rowKey, string? etag, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _writes);
        return inner.DeleteAsync(table, partitionKey, rowKey, etag, cancellationToken);
    }

    public Task<bool> PingAsync(CancellationToken cancellationToken) => inner.PingAsync(cancellationToken);
}
