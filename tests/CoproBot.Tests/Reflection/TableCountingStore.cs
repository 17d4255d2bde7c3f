using System.Collections.Concurrent;
using CoproBot.Storage.Tables;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Reflection;

/// <summary>A real store with its reads and writes counted per table, to hold turns to one state read and write each.</summary>
internal sealed class TableCountingStore(ITableStore inner) : DelegatingTableStore(inner)
{
    private readonly ConcurrentDictionary<string, int> _reads = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _writes = new(StringComparer.Ordinal);

    public int Reads(string table) => _reads.GetValueOrDefault(table);

    public int Writes(string table) => _writes.GetValueOrDefault(table);

    /// <summary>Every call so far, reads and writes, table by table: take two and subtract to see what a turn cost.</summary>
    public Dictionary<string, (int Reads, int Writes)> Calls() =>
        _reads.Keys.Union(_writes.Keys).ToDictionary(table => table, table => (Reads(table), Writes(table)), StringComparer.Ordinal);

    public override Task<StoredEntity?> GetAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken) =>
        Read(table, base.GetAsync(table, partitionKey, rowKey, cancellationToken));

    public override IAsyncEnumerable<StoredEntity> QueryPartitionAsync(string table, string partitionKey, CancellationToken cancellationToken) =>
        Read(table, base.QueryPartitionAsync(table, partitionKey, cancellationToken));

    public override IAsyncEnumerable<StoredEntity> QueryTableAsync(string table, CancellationToken cancellationToken) =>
        Read(table, base.QueryTableAsync(table, cancellationToken));

    public override Task<WriteResult> InsertAsync(string table, string partitionKey, string rowKey, string data, CancellationToken cancellationToken) =>
        Write(table, base.InsertAsync(table, partitionKey, rowKey, data, cancellationToken));

    public override Task<WriteResult> ReplaceAsync(string table, string partitionKey, string rowKey, string data, string etag, CancellationToken cancellationToken) =>
        Write(table, base.ReplaceAsync(table, partitionKey, rowKey, data, etag, cancellationToken));

    public override Task<WriteResult> UpsertAsync(string table, string partitionKey, string rowKey, string data, CancellationToken cancellationToken) =>
        Write(table, base.UpsertAsync(table, partitionKey, rowKey, data, cancellationToken));

    public override Task<WriteResult> DeleteAsync(string table, string partitionKey, string rowKey, string? etag, CancellationToken cancellationToken) =>
        Write(table, base.DeleteAsync(table, partitionKey, rowKey, etag, cancellationToken));

    private T Read<T>(string table, T call)
    {
        _reads.AddOrUpdate(table, 1, (_, n) => n + 1);
        return call;
    }

    private T Write<T>(string table, T call)
    {
        _writes.AddOrUpdate(table, 1, (_, n) => n + 1);
        return call;
    }
}
