using System.Text;

namespace CoproBot.Tests.Infrastructure;

/// <summary>A storage write held at <see cref="TableStorageProxy"/>: what it carried, and whether its table was read before it.</summary>
public sealed class HeldWrite(string storedPartitionKey)
{
    private readonly TaskCompletionSource<string> _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _read;

    /// <summary>Completes with the body of the write once it has arrived and is waiting.</summary>
    public Task<string> Reached => _reached.Task;

    /// <summary>Whether the entity was read between the hold being asked for and the write arriving.</summary>
    public bool EntityWasReadFirst => _read;

    public void Release() => _released.TrySetResult();

    // An entity's own address ends "table(PartitionKey='…',RowKey='…')", its keys as the store wrote them.
    internal bool Names(string path) => path.Contains($"(PartitionKey='{storedPartitionKey}',", StringComparison.Ordinal);

    internal void SawRead() => _read = true;

    internal async Task WaitAsync(byte[] body, CancellationToken aborted)
    {
        _reached.TrySetResult(Encoding.UTF8.GetString(body));
        await _released.Task.WaitAsync(aborted);
    }
}
