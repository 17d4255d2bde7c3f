using CoproBot.Storage.Tables;

namespace CoproBot.Tests.Infrastructure;

/// <summary>
/// A real store whose reads of one table can be held on purpose, as a slow storage account would hold them. Only
/// that table is held, so the bot's background work (knowledge refresh, reminder sweeps) goes on as usual.
/// </summary>
public sealed class HeldTableStore(ITableStore inner, string heldTable) : DelegatingTableStore(inner)
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile TaskCompletionSource? _gate;

    /// <summary>Completes when a read of the held table has reached the store and is waiting.</summary>
    public Task Reached => _reached.Task;

    public void Hold() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _gate?.TrySetResult();

    public override async Task<StoredEntity?> GetAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        if (_gate is { } gate && string.Equals(table, heldTable, StringComparison.Ordinal))
        {
            _reached.TrySetResult();
            await gate.Task.WaitAsync(cancellationToken);
        }

        return await Inner.GetAsync(table, partitionKey, rowKey, cancellationToken);
    }
}
