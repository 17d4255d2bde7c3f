using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using Azure;
using Azure.Data.Tables;
using CoproBot.Storage.Tables;

namespace CoproBot.Storage.Azure;

/// <summary>The cloud store: Azure Table Storage (or Azurite), through Azure.Data.Tables.</summary>
public sealed class AzureTableStore : ITableStore
{
    // A string property holds at most 64 KiB, that is 32 Ki UTF-16 characters.
    private const int ChunkLength = 32_000;
    private const string DataProperty = "D";
    private const string ChunkCountProperty = "DN";
    private const string RawPartitionKeyProperty = "RawPk";
    private const string RawRowKeyProperty = "RawRk";

    private readonly TableServiceClient _service;
    private readonly string _tablePrefix;
    private readonly ConcurrentDictionary<string, Lazy<Task<TableClient>>> _tables = new(StringComparer.Ordinal);

    public AzureTableStore(string connectionString, string tablePrefix, TimeSpan networkTimeout)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var options = new TableClientOptions();
        options.Retry.Mode = global::Azure.Core.RetryMode.Exponential;
        options.Retry.MaxRetries = 3;
        options.Retry.Delay = TimeSpan.FromMilliseconds(100);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        options.Retry.NetworkTimeout = networkTimeout;
        _service = new TableServiceClient(connectionString, options);
        _tablePrefix = tablePrefix;
    }

    public Task<StoredEntity?> GetAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken) =>
        WithTableAsync(table, () => GetCoreAsync(table, partitionKey, rowKey, cancellationToken), cancellationToken);

    private async Task<StoredEntity?> GetCoreAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        try
        {
            var client = await TableAsync(table, cancellationToken);
            var response = await client.GetEntityIfExistsAsync<TableEntity>(Key(partitionKey), Key(rowKey), cancellationToken: cancellationToken);
            return response.HasValue ? ToStored(response.Value!) : null;
        }
        catch (Exception e) when (IsUnavailable(e, cancellationToken))
        {
            throw Unavailable(e);
        }
    }

    public IAsyncEnumerable<StoredEntity> QueryPartitionAsync(string table, string partitionKey, CancellationToken cancellationToken) =>
        QueryAsync(table, TableClient.CreateQueryFilter($"PartitionKey eq {Key(partitionKey)}"), cancellationToken);

    public IAsyncEnumerable<StoredEntity> QueryTableAsync(string table, CancellationToken cancellationToken) =>
        QueryAsync(table, null, cancellationToken);

    public Task<WriteResult> InsertAsync(string table, string partitionKey, string rowKey, string data, CancellationToken cancellationToken) =>
        WithTableAsync(table, () => InsertCoreAsync(table, partitionKey, rowKey, data, cancellationToken), cancellationToken);

    private async Task<WriteResult> InsertCoreAsync(string table, string partitionKey, string rowKey, string data, CancellationToken cancellationToken)
    {
        try
        {
            StoreValues.CheckWrite(table, partitionKey, rowKey, data);
            var client = await TableAsync(table, cancellationToken);
            try
            {
                var response = await client.AddEntityAsync(ToEntity(partitionKey, rowKey, data), cancellationToken);
                return WriteResult.Ok(response.Headers.ETag?.ToString() ?? string.Empty);
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                return WriteResult.Conflict;
            }
        }
        catch (Exception e) when (IsUnavailable(e, cancellationToken))
        {
            throw Unavailable(e);
        }
    }

    public Task<WriteResult> ReplaceAsync(string table, string partitionKey, string rowKey, string data, string etag, CancellationToken cancellationToken) =>
        WithTableAsync(table, () => ReplaceCoreAsync(table, partitionKey, rowKey, data, etag, cancellationToken), cancellationToken);

    private async Task<WriteResult> ReplaceCoreAsync(string table, string partitionKey, string rowKey, string data, string etag, CancellationToken cancellationToken)
    {
        try
        {
            StoreValues.CheckWrite(table, partitionKey, rowKey, data);
            ArgumentNullException.ThrowIfNull(etag);
            StoreValues.CheckETag(etag);
            var client = await TableAsync(table, cancellationToken);
            try
            {
                var response = await client.UpdateEntityAsync(ToEntity(partitionKey, rowKey, data), new ETag(etag), TableUpdateMode.Replace, cancellationToken);
                return WriteResult.Ok(response.Headers.ETag?.ToString() ?? string.Empty);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                return WriteResult.NotFound;
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                return WriteResult.Conflict;
            }
        }
        catch (Exception e) when (IsUnavailable(e, cancellationToken))
        {
            throw Unavailable(e);
        }
    }

    public Task<WriteResult> UpsertAsync(string table, string partitionKey, string rowKey, string data, CancellationToken cancellationToken) =>
        WithTableAsync(table, () => UpsertCoreAsync(table, partitionKey, rowKey, data, cancellationToken), cancellationToken);

    private async Task<WriteResult> UpsertCoreAsync(string table, string partitionKey, string rowKey, string data, CancellationToken cancellationToken)
    {
        try
        {
            StoreValues.CheckWrite(table, partitionKey, rowKey, data);
            var client = await TableAsync(table, cancellationToken);
            var response = await client.UpsertEntityAsync(ToEntity(partitionKey, rowKey, data), TableUpdateMode.Replace, cancellationToken);
            return WriteResult.Ok(response.Headers.ETag?.ToString() ?? string.Empty);
        }
        catch (Exception e) when (IsUnavailable(e, cancellationToken))
        {
            throw Unavailable(e);
        }
    }

    public Task<WriteResult> DeleteAsync(string table, string partitionKey, string rowKey, string? etag, CancellationToken cancellationToken) =>
        WithTableAsync(table, () => DeleteCoreAsync(table, partitionKey, rowKey, etag, cancellationToken), cancellationToken);

    private async Task<WriteResult> DeleteCoreAsync(string table, string partitionKey, string rowKey, string? etag, CancellationToken cancellationToken)
    {
        try
        {
            StoreValues.CheckETag(etag);
            var client = await TableAsync(table, cancellationToken);
            try
            {
                var response = await client.DeleteEntityAsync(Key(partitionKey), Key(rowKey), etag is null ? ETag.All : new ETag(etag), cancellationToken);
                return response.Status == 404 ? WriteResult.NotFound : WriteResult.Ok(string.Empty);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                return WriteResult.NotFound;
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                return WriteResult.Conflict;
            }
        }
        catch (Exception e) when (IsUnavailable(e, cancellationToken))
        {
            throw Unavailable(e);
        }
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var page in _service.QueryAsync(maxPerPage: 1, cancellationToken: cancellationToken).AsPages())
            {
                break;
            }

            return true;
        }
        catch (RequestFailedException)
        {
            return false;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private async IAsyncEnumerable<StoredEntity> QueryAsync(string table, string? filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var results = await WithTableAsync(
            table,
            async () =>
            {
                var found = new List<StoredEntity>();
                try
                {
                    var client = await TableAsync(table, cancellationToken);
                    await foreach (var entity in client.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
                    {
                        found.Add(ToStored(entity));
                    }
                }
                catch (Exception e) when (IsUnavailable(e, cancellationToken))
                {
                    throw Unavailable(e);
                }

                return found;
            },
            cancellationToken);

        // Hashed keys do not sort like the keys they stand for; order by the callers' keys, as the embedded store does.
        results.Sort(static (a, b) =>
        {
            var byPartition = string.CompareOrdinal(a.PartitionKey, b.PartitionKey);
            return byPartition != 0 ? byPartition : string.CompareOrdinal(a.RowKey, b.RowKey);
        });
        foreach (var entity in results)
        {
            yield return entity;
        }
    }

    // A table can go missing under a running bot (deleted by hand, or a store restored without it): make it again, once.
    private async Task<T> WithTableAsync<T>(string table, Func<Task<T>> operation, CancellationToken cancellationToken)
    {
        try
        {
            return await operation();
        }
        catch (RequestFailedException e) when (e.Status == 404 && e.ErrorCode == "TableNotFound")
        {
            _tables.TryRemove(table, out _);
            await TableAsync(table, cancellationToken);
            return await operation();
        }
    }

    // After the client's own bounded retries: unreachable, timed out, throttled or failing on the service's side.
    private static bool IsUnavailable(Exception e, CancellationToken cancellationToken) => e switch
    {
        RequestFailedException failed => failed.Status is 0 or 408 or 429 or >= 500,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        HttpRequestException or IOException or TimeoutException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(inner => IsUnavailable(inner, cancellationToken)),
        _ => false,
    };

    private static StorageUnavailableException Unavailable(Exception e) =>
        new("Azure Table Storage cannot be reached just now; nothing was changed.", e);

    private Task<TableClient> TableAsync(string table, CancellationToken cancellationToken)
    {
        TableName.Validate(table);
        var lazy = _tables.GetOrAdd(table, name => new Lazy<Task<TableClient>>(() => CreateTableAsync(name)));
        var task = lazy.Value;
        if (task.IsFaulted || task.IsCanceled)
        {
            // A failed creation (storage down at that moment) must not stick: try again next time.
            _tables.TryRemove(new KeyValuePair<string, Lazy<Task<TableClient>>>(table, lazy));
        }

        return task.WaitAsync(cancellationToken);
    }

    private async Task<TableClient> CreateTableAsync(string table)
    {
        var client = _service.GetTableClient(_tablePrefix + table);
        await client.CreateIfNotExistsAsync(CancellationToken.None);
        return client;
    }

    private static string Key(string key) => StorageKey.Encode(key, out _);

    private static TableEntity ToEntity(string partitionKey, string rowKey, string data)
    {
        var entity = new TableEntity(StorageKey.Encode(partitionKey, out var pkShortened), StorageKey.Encode(rowKey, out var rkShortened));
        if (pkShortened)
        {
            entity[RawPartitionKeyProperty] = partitionKey;
        }

        if (rkShortened)
        {
            entity[RawRowKeyProperty] = rowKey;
        }

        if (data.Length <= ChunkLength)
        {
            entity[DataProperty] = data;
            return entity;
        }

        var chunks = (data.Length + ChunkLength - 1) / ChunkLength;
        entity[ChunkCountProperty] = chunks;
        for (var i = 0; i < chunks; i++)
        {
            var start = i * ChunkLength;
            entity[DataProperty + i] = data.Substring(start, Math.Min(ChunkLength, data.Length - start));
        }

        return entity;
    }

    private static StoredEntity ToStored(TableEntity entity)
    {
        var partitionKey = entity.GetString(RawPartitionKeyProperty) ?? StorageKey.Decode(entity.PartitionKey);
        var rowKey = entity.GetString(RawRowKeyProperty) ?? StorageKey.Decode(entity.RowKey);
        return new StoredEntity(partitionKey, rowKey, ReadData(entity), entity.ETag.ToString());
    }

    private static string ReadData(TableEntity entity)
    {
        if (entity.GetInt32(ChunkCountProperty) is not { } chunks)
        {
            return entity.GetString(DataProperty) ?? string.Empty;
        }

        var builder = new StringBuilder(chunks * ChunkLength);
        for (var i = 0; i < chunks; i++)
        {
            builder.Append(entity.GetString(DataProperty + i));
        }

        return builder.ToString();
    }
}
