using System.Runtime.CompilerServices;
using CoproBot.Storage.Tables;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Reflection;

/// <summary>A real store that counts the rows it hands back and the read calls made, to hold a sweep to what is due.</summary>
internal sealed class RowCountingStore(ITableStore inner) : DelegatingTableStore(inner)
{
    private int _rows;
    private int _calls;

    public int RowsRead => _rows;

    public int ReadCalls => _calls;

    public void Reset()
    {
        Interlocked.Exchange(ref _rows, 0);
        Interlocked.Exchange(ref _calls, 0);
    }

    public override async Task<StoredEntity?> GetAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        var entity = await base.GetAsync(table, partitionKey, rowKey, cancellationToken);
        if (entity is not null)
        {
            Interlocked.Increment(ref _rows);
        }

        return entity;
    }

    public override IAsyncEnumerable<StoredEntity> QueryPartitionAsync(string table, string partitionKey, CancellationToken cancellationToken) =>
        CountAsync(base.QueryPartitionAsync(table, partitionKey, cancellationToken), cancellationToken);

    public override IAsyncEnumerable<StoredEntity> QueryTableAsync(string table, CancellationToken cancellationToken) =>
        CountAsync(base.QueryTableAsync(table, cancellationToken), cancellationToken);

    private async IAsyncEnumerable<StoredEntity> CountAsync(IAsyncEnumerable<StoredEntity> rows, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            Interlocked.Increment(ref _rows);
            yield return row;
        }
    }
}
