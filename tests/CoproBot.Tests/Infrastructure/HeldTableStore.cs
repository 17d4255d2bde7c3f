using CoproBot.Storage.Tables;

namespace CoproBot.Tests.Infrastructure;

/// <summary>A real store whose reads can be held on purpose, as a slow storage account would hold them.</summary>
public sealed class HeldTableStore(ITableStore inner) : ITableStore
{
    private TaskCompletionSource? _gate;

    /// <summary>Completes when a read has reached the store and is being held.</summary>
    public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Hold() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _gate?.TrySetResult();

    public async Task<StoredEntity?> GetAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        if (_gate is { } gate)
        {
            Reached.TrySetResult();
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
