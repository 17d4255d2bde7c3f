namespace CoproBot.Storage.Tables;

/// <summary>The storage contract every CoproBot store implements: keyed JSON documents in named tables.</summary>
/// <remarks>
/// Keys may hold any characters and any length; each store maps them to what its backend allows.
/// Expected outcomes (conflict, not found) are return values; exceptions mean the store failed.
/// </remarks>
public interface ITableStore
{
    /// <summary>The largest value, in characters of its JSON text, that every store accepts.</summary>
    const int MaxValueLength = 400_000;

    Task<StoredEntity?> GetAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken);

    IAsyncEnumerable<StoredEntity> QueryPartitionAsync(string table, string partitionKey, CancellationToken cancellationToken);

    IAsyncEnumerable<StoredEntity> QueryTableAsync(string table, CancellationToken cancellationToken);

    /// <summary>Writes only if no entity has this key yet.</summary>
    Task<WriteResult> InsertAsync(string table, string partitionKey, string rowKey, string data, CancellationToken cancellationToken);

    /// <summary>Writes only if the stored entity still has <paramref name="etag"/>.</summary>
    Task<WriteResult> ReplaceAsync(string table, string partitionKey, string rowKey, string data, string etag, CancellationToken cancellationToken);

    /// <summary>Writes whatever is stored.</summary>
    Task<WriteResult> UpsertAsync(string table, string partitionKey, string rowKey, string data, CancellationToken cancellationToken);

    /// <summary>Deletes the entity; with an <paramref name="etag"/>, only if it still matches.</summary>
    Task<WriteResult> DeleteAsync(string table, string partitionKey, string rowKey, string? etag, CancellationToken cancellationToken);

    /// <summary>Answers whether the backend can be reached, for readiness checks.</summary>
    Task<bool> PingAsync(CancellationToken cancellationToken);
}
