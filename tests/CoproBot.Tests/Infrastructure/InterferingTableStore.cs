using CoproBot.Storage.Tables;

namespace CoproBot.Tests.Infrastructure;

/// <summary>
/// A real store with a second writer on demand: when armed, the next replace of a table is preceded by another
/// write of the same entity, as a second bot instance would make it, so the replace meets a changed ETag.
/// </summary>
public sealed class InterferingTableStore(ITableStore inner, string interferedTable) : ITableStore
{
    private int _armed;

    /// <summary>How many writes were slipped in ahead of a replace.</summary>
    public int Interferences { get; private set; }

    public void InterfereOnce() => Interlocked.Exchange(ref _armed, 1);

    public async Task<WriteResult> ReplaceAsync(string table, string partitionKey, string rowKey, string data, string etag, CancellationToken cancellationToken)
    {
        if (string.Equals(table, interferedTable, StringComparison.Ordinal) && Interlocked.Exchange(ref _armed, 0) == 1
            && await inner.GetAsync(table, partitionKey, rowKey, cancellationToken) is { } current)
        {
            // The other writer saves what it read, unchanged: only the version moves on.
            await inner.UpsertAsync(table, partitionKey, rowKey, current.Data, cancellationToken);
            Interferences++;
        }

        return await inner.ReplaceAsync(table, partitionKey, rowKey, data, etag, cancellationToken);
    }

    public Task<StoredEntity?> GetAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken) =>
        inner.GetAsync(table, partitionKey, rowKey, cancellationToken);

    public IAsyncEnumerable<StoredEntity> QueryPartitionAsync(string table, string partitionKey, CancellationToken cancellationToken) =>
        inner.QueryPartitionAsync(table, partitionKey, cancellationToken);

    public IAsyncEnumerable<StoredEntity> QueryTableAsync(string table, CancellationToken cancellationToken) => inner.QueryTableAsync(table, cancellationToken);

    public Task<WriteResult> InsertAsync(string table, string partitionKey, string rowKey, string data, CancellationToken cancellationToken) =>
        inner.InsertAsync(table, partitionKey, rowKey, data, cancellationToken);

    public Task<WriteResult> UpsertAsync(string table, string partitionKey, string rowKey, string data, CancellationToken cancellationToken) =>
        inner.UpsertAsync(table, partitionKey, rowKey, data, cancellationToken);

    public Task<WriteResult> DeleteAsync(string table, string partitionKey, string rowKey, string? etag, CancellationToken cancellationToken) =>
        inner.DeleteAsync(table, partitionKey, rowKey, etag, cancellationToken);

    public Task<bool> PingAsync(CancellationToken cancellationToken) => inner.PingAsync(cancellationToken);
}
