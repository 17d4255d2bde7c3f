using CoproBot.Storage.Tables;

namespace CoproBot.Tests.Knowledge;

/// <summary>A real store that loses its connection after a number of writes, to test what a half-done write leaves.</summary>
internal sealed class FailingAfterWrites(ITableStore inner, int writesBeforeFailure) : ITableStore
{
    private int _writes;

    public Task<StoredEntity?> GetAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken) =>
        inner.GetAsync(table, partitionKey, rowKey, cancellationToken);

    public IAsyncEnumerable<StoredEntity> QueryPartitionAsync(string table, string partitionKey, CancellationToken cancellationToken) =>
        inner.QueryPartitionAsync(table, partitionKey, cancellationToken);

    public IAsyncEnumerable<StoredEntity> QueryTableAsync(string table, CancellationToken cancellationToken) =>
        inner.QueryTableAsync(table, cancellationToken);

    public Task<WriteResult> InsertAsync(string table, string partitionKey, string rowKey, string data, CancellationToken cancellationToken) =>
        Write(() => inner.InsertAsync(table, partitionKey, rowKey, data, cancellationToken));

    public Task<WriteResult> ReplaceAsync(string table, string partitionKey, string rowKey, string data, string etag, CancellationToken cancellationToken) =>
        Write(() => inner.ReplaceAsync(table, partitionKey, rowKey, data, etag, cancellationToken));

    public Task<WriteResult> UpsertAsync(string table, string partitionKey, string rowKey, string data, CancellationToken cancellationToken) =>
        Write(() => inner.UpsertAsync(table, partitionKey, rowKey, data, cancellationToken));

    public Task<WriteResult> DeleteAsync(string table, string partitionKey, string rowKey, string? etag, CancellationToken cancellationToken) =>
        Write(() => inner.DeleteAsync(table, partitionKey, rowKey, etag, cancellationToken));

    public Task<bool> PingAsync(CancellationToken cancellationToken) => inner.PingAsync(cancellationToken);

    private Task<WriteResult> Write(Func<Task<WriteResult>> write) =>
        Interlocked.Increment(ref _writes) > writesBeforeFailure ? throw new IOException("The store went away.") : write();
}
