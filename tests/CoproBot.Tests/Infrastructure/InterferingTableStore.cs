using CoproBot.Storage.Tables;

namespace CoproBot.Tests.Infrastructure;

/// <summary>
/// A real store with a second writer on demand: when armed, the next replace of a table is preceded by another
/// write of the same entity, as a second bot instance would make it, so the replace meets a changed ETag.
/// </summary>
public sealed class InterferingTableStore(ITableStore inner, string interferedTable) : DelegatingTableStore(inner)
{
    private int _armed;

    /// <summary>How many writes were slipped in ahead of a replace.</summary>
    public int Interferences { get; private set; }

    public void InterfereOnce() => Interfere(1);

    /// <summary>Slips a write in ahead of each of the next <paramref name="times"/> replaces of the table.</summary>
    public void Interfere(int times) => Interlocked.Exchange(ref _armed, times);

    public override async Task<WriteResult> ReplaceAsync(string table, string partitionKey, string rowKey, string data, string etag, CancellationToken cancellationToken)
    {
        if (string.Equals(table, interferedTable, StringComparison.Ordinal) && TakeOne()
            && await Inner.GetAsync(table, partitionKey, rowKey, cancellationToken) is { } current)
        {
            // The other writer saves what it read, unchanged: only the version moves on.
            await Inner.UpsertAsync(table, partitionKey, rowKey, current.Data, cancellationToken);
            Interferences++;
        }

        return await Inner.ReplaceAsync(table, partitionKey, rowKey, data, etag, cancellationToken);
    }

    private bool TakeOne()
    {
        var armed = Volatile.Read(ref _armed);
        while (armed > 0)
        {
            var seen = Interlocked.CompareExchange(ref _armed, armed - 1, armed);
            if (seen == armed)
            {
                return true;
            }

            armed = seen;
        }

        return false;
    }
}
