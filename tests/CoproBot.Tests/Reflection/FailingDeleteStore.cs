using CoproBot.Storage.Tables;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Reflection;

/// <summary>A real store whose next delete in one table fails as an unreachable store would, to interrupt a change halfway.</summary>
internal sealed class FailingDeleteStore(ITableStore inner, string table) : DelegatingTableStore(inner)
{
    private int _armed;

    public void FailNextDelete() => Interlocked.Exchange(ref _armed, 1);

    public override Task<WriteResult> DeleteAsync(string table1, string partitionKey, string rowKey, string? etag, CancellationToken cancellationToken) =>
        string.Equals(table1, table, StringComparison.Ordinal) && Interlocked.Exchange(ref _armed, 0) == 1
            ? throw new StorageUnavailableException("The store did not answer.")
            : base.DeleteAsync(table1, partitionKey, rowKey, etag, cancellationToken);
}
