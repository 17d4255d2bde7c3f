using System.Runtime.CompilerServices;
using CoproBot.Storage.Tables;

namespace CoproBot.Benchmarks;

/// <summary>A real store with the rows it hands back and the read calls made counted, so a benchmark can say what a sweep read.</summary>
public sealed class RowCountingStore(ITableStore inner) : ITableStore
{
    private long _rows;
    private long _calls;

    public long RowsRead => Interlocked.Read(ref _rows);

    public long ReadCalls => Interlocked.Read(ref _calls);

    public void Reset()
    {
        Interlocked.Exchange(ref _rows, 0);
        Interlocked.Exchange(ref _calls, 0);
    }

    public async Task<StoredEntity?> GetAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        var entity = await inner.GetAsync(table, partitionKey, rowKey, cancellationToken);
        if (entity is not null)
        {
            Interlocked.Increment(ref _rows);
        }

        return entity;
    }

    public IAsyncEnumerable<StoredEntity> QueryPartitionAsync(string table, string partitionKey, CancellationToken cancellationToken) =>
        CountAsync(inner.QueryPartitionAsync(table, partitionKey, cancellationToken), cancellationToken);

    public IAsyncEnumerable<StoredEntity> QueryTableAsync(string table, CancellationToken cancellationToken) =>
        CountAsync(inner.QueryTableAsync(table, cancellationToken), cancellationToken);

    public Task<WriteResult> InsertAsync(string table, string partitionKey, string rowKey, string data, CancellationToken cancellationToken) =>
        inner.InsertAsync(table, partitionKey, rowKey, data, cancellationToken);

    public Task<WriteResult> ReplaceAsync(string table, string partitionKey, string rowKey, string data, string etag, CancellationToken cancellationToken) =>
        inner.ReplaceAsync(table, partitionKey, rowKey, data, etag, cancellationToken);

    public Task<WriteResult> UpsertAsync(string table, string partitionKey, string rowKey, string data, CancellationToken cancellationToken) =>
        inner.UpsertAsync(table, partitionKey, rowKey, data, cancellationToken);

    public Task<WriteResult> DeleteAsync(string table, string partitionKey, string rowKey, string? etag, CancellationToken cancellationToken) =>
        inner.DeleteAsync(table, partitionKey, rowKey, etag, cancellationToken);

    public Task<bool> PingAsync(CancellationToken cancellationToken) => inner.PingAsync(cancellationToken);

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
