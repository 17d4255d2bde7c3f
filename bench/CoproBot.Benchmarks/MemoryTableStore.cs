using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using CoproBot.Storage.Tables;

namespace CoproBot.Benchmarks;

/// <summary>A store in memory with the contract's ETag rules, so a benchmark measures the work above the store and not the disk.</summary>
public sealed class MemoryTableStore : ITableStore
{
    private readonly ConcurrentDictionary<(string Table, string PartitionKey, string RowKey), StoredEntity> _entities = new();
    private long _etag;

    /// <summary>Puts an entity back exactly as it was, ETag and all, so the next turn finds the state it started from.</summary>
    public void Restore(string table, StoredEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        _entities[(table, entity.PartitionKey, entity.RowKey)] = entity;
    }

    public Task<StoredEntity?> GetAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken) =>
        Task.FromResult(_entities.GetValueOrDefault((table, partitionKey, rowKey)));

    public IAsyncEnumerable<StoredEntity> QueryPartitionAsync(string table, string partitionKey, CancellationToken cancellationToken) =>
        QueryAsync(e => e.Key.Table == table && e.Key.PartitionKey == partitionKey, cancellationToken);

    public IAsyncEnumerable<StoredEntity> QueryTableAsync(string table, CancellationToken cancellationToken) =>
        QueryAsync(e => e.Key.Table == table, cancellationToken);

    public Task<WriteResult> InsertAsync(string table, string partitionKey, string rowKey, string data, CancellationToken cancellationToken)
    {
        var entity = New(partitionKey, rowKey, data);
        return Task.FromResult(_entities.TryAdd((table, partitionKey, rowKey), entity) ? WriteResult.Ok(entity.ETag) : WriteResult.Conflict);
    }

    public Task<WriteResult> ReplaceAsync(string table, string partitionKey, string rowKey, string data, string etag, CancellationToken cancellationToken)
    {
        var key = (table, partitionKey, rowKey);
        if (!_entities.TryGetValue(key, out var current))
        {
            return Task.FromResult(WriteResult.NotFound);
        }

        var entity = New(partitionKey, rowKey, data);
        return Task.FromResult(current.ETag == etag && _entities.TryUpdate(key, entity, current) ? WriteResult.Ok(entity.ETag) : WriteResult.Conflict);
    }

    public Task<WriteResult> UpsertAsync(string table, string partitionKey, string rowKey, string data, CancellationToken cancellationToken)
    {
        var entity = New(partitionKey, rowKey, data);
        _entities[(table, partitionKey, rowKey)] = entity;
        return Task.FromResult(WriteResult.Ok(entity.ETag));
    }

    public Task<WriteResult> DeleteAsync(string table, string partitionKey, string rowKey, string? etag, CancellationToken cancellationToken)
    {
        var key = (table, partitionKey, rowKey);
        if (!_entities.TryGetValue(key, out var current))
        {
            return Task.FromResult(WriteResult.NotFound);
        }

        if (etag is not (null or "*") && current.ETag != etag)
        {
            return Task.FromResult(WriteResult.Conflict);
        }

        return Task.FromResult(_entities.TryRemove(new KeyValuePair<(string, string, string), StoredEntity>(key, current)) ? WriteResult.Ok(string.Empty) : WriteResult.Conflict);
    }

    public Task<bool> PingAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    private StoredEntity New(string partitionKey, string rowKey, string data) =>
        new(partitionKey, rowKey, data, "W/\"" + Interlocked.Increment(ref _etag).ToString(CultureInfo.InvariantCulture) + "\"");

    private async IAsyncEnumerable<StoredEntity> QueryAsync(
        Func<KeyValuePair<(string Table, string PartitionKey, string RowKey), StoredEntity>, bool> where, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        foreach (var entry in _entities.Where(where).OrderBy(e => e.Key.PartitionKey, StringComparer.Ordinal).ThenBy(e => e.Key.RowKey, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return entry.Value;
        }
    }
}
