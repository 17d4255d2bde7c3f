using CoproBot.Storage.Tables;

namespace CoproBot.Tests.Infrastructure;

/// <summary>A real store with every call passed through; test stores override the calls they hold, count or disturb.</summary>
public abstract class DelegatingTableStore(ITableStore inner) : ITableStore
{
    protected ITableStore Inner => inner;

    public virtual Task<StoredEntity?> GetAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken) =>
        inner.GetAsync(table, partitionKey, rowKey, cancellationToken);

    public virtual IAsyncEnumerable<StoredEntity> QueryPartitionAsync(string table, string partitionKey, CancellationToken cancellationToken) =>
        inner.QueryPartitionAsync(table, partitionKey, cancellationToken);

    public virtual IAsyncEnumerable<StoredEntity> QueryTableAsync(string table, CancellationToken cancellationToken) =>
        inner.QueryTableAsync(table, cancellationToken);

    public virtual Task<WriteResult> InsertAsync(string table, string partitionKey, string rowKey, string data, CancellationToken cancellationToken) =>
        inner.InsertAsync(table, partitionKey, rowKey, data, cancellationToken);

    public virtual Task<WriteResult> ReplaceAsync(string table, string partitionKey, string rowKey, string data, string etag, CancellationToken cancellationToken) =>
        inner.ReplaceAsync(table, partitionKey, rowKey, data, etag, cancellationToken);

    public virtual Task<WriteResult> UpsertAsync(string table, string partitionKey, string rowKey, string data, CancellationToken cancellationToken) =>
        inner.UpsertAsync(table, partitionKey, rowKey, data, cancellationToken);

    public virtual Task<WriteResult> DeleteAsync(string table, string partitionKey, string rowKey, string? etag, CancellationToken cancellationToken) =>
        inner.DeleteAsync(table, partitionKey, rowKey, etag, cancellationToken);

    public Task<bool> PingAsync(CancellationToken cancellationToken) => inner.PingAsync(cancellationToken);
}
