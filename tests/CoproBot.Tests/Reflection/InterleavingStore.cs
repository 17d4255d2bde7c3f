using CoproBot.Storage.Tables;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Reflection;

/// <summary>
/// A real store that lets another instance's work happen at one chosen point: once armed, the next delete or upsert of
/// a table runs that work just before or just after itself, as a second bot instance would interleave with it.
/// </summary>
internal sealed class InterleavingStore(ITableStore inner) : DelegatingTableStore(inner)
{
    private (string Operation, string Table, bool After, Func<Task> Work)? _armed;

    public void Before(string operation, string table, Func<Task> work) => _armed = (operation, table, false, work);

    public void After(string operation, string table, Func<Task> work) => _armed = (operation, table, true, work);

    public override Task<WriteResult> UpsertAsync(string table, string partitionKey, string rowKey, string data, CancellationToken cancellationToken) =>
        AroundAsync("upsert", table, () => base.UpsertAsync(table, partitionKey, rowKey, data, cancellationToken));

    public override Task<WriteResult> DeleteAsync(string table, string partitionKey, string rowKey, string? etag, CancellationToken cancellationToken) =>
        AroundAsync("delete", table, () => base.DeleteAsync(table, partitionKey, rowKey, etag, cancellationToken));

    private async Task<WriteResult> AroundAsync(string operation, string table, Func<Task<WriteResult>> call)
    {
        if (_armed is not { } armed || armed.Operation != operation || armed.Table != table)
        {
            return await call();
        }

        // Disarmed first, so the other instance's own calls pass straight through.
        _armed = null;
        if (!armed.After)
        {
            await armed.Work();
        }

        var result = await call();
        if (armed.After)
        {
            await armed.Work();
        }

        return result;
    }
}
