using CoproBot.Storage.Tables;

namespace CoproBot.Tests.Infrastructure;

/// <summary>
/// A real store whose reads of one table can be held on purpose, as a slow storage account would hold them. Only
/// that table is held, so the bot's background work (knowledge refresh, reminder sweeps) goes on as usual.
/// </summary>
public sealed class HeldTableStore(ITableStore inner, string heldTable) : ITableStore
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile TaskCompletionSource? _gate;

    /// <summary>Completes when a read of the held table has reached the store and is waiting.</summary>
    public Task Reached => _reached.Task;

    public void Hold() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _gate?.TrySetResult();

    public async Task<StoredEntity?> GetAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        if (_gate is { } gate && string.Equals(table, heldTable, StringComparison.Ordinal))
        {
            _reached.TrySetResult();
            await gate.Task.WaitAsync(cancellationToken);
        }

        return await inner.GetAsync(table, partitionKey, rowKey, cancellationToken);
    }

    public IAsyncEnumerable<StoredEntity> QueryPartitionAsync(string table, string partitionKey, CancellationToken cancellationToken) =>
        inner.QueryPartitionAsync(table, partitionKey, cancellationToken);

    public IAsyncEnumerable<StoredEntity> QueryTableAsync(string table, CancellationToken cancellationToken) => inner.QueryTableAsync(table, cancellationToken);

    public Task<WriteResult> InsertAsync(string table, string partitionKey, string rowKey, string data, CancellationToken cancellationToken) =>
        inner.InsertAsync(table, partitionKey, rowKey, data, cancellationToken);

    public Task<WriteResult> ReplaceAsync(string table, string partitionKey, string rowKey, string data, string etag, CancellationToken cancellationToken) =>
        inner.ReplaceAsync(table, partitionKey, rowKey, data, etag, cancellationToken);

    public Task<WriteResult> UpsertAsync(string table, string partitionKey, string rowKey, string data, CancellationToken cancellationToken) =>
        inner.UpsertAsync(table, partitionKey, rowKey, data, cancellationToken);

    public Task<WriteResult> DeleteAsync(string table, string partitionKey, string rowKey, string? etag, CancellationToken cancellationToken) =>
        inner.DeleteAsync(table, partitionKey, rowKey, etag, cancellationToken);

    public Task<bool> PingAsync(CancellationToken cancellationToken) => inner.PingAsync(cancellationToken);
}
