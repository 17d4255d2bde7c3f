using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using CoproBot.Storage.Tables;

namespace CoproBot.Storage.Azure;

/// <summary>The cloud store: Azure Table Storage (or Azurite), through Azure.Data.Tables.</summary>
public sealed class AzureTableStore : ITableStore
{
    private const string TableNotFound = "TableNotFound";

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
        RunAsync(
            table,
            async client =>
            {
                var response = await client.GetEntityIfExistsAsync<TableEntity>(AzureEntities.Key(partitionKey), AzureEntities.Key(rowKey), cancellationToken: cancellationToken);
                return response.HasValue ? AzureEntities.ToStored(response.Value!) : null;
            },
            cancellationToken);

    public IAsyncEnumerable<StoredEntity> QueryPartitionAsync(string table, string partitionKey, CancellationToken cancellationToken) =>
        QueryAsync(table, TableClient.CreateQueryFilter($"PartitionKey eq {AzureEntities.Key(partitionKey)}"), cancellationToken);

    public IAsyncEnumerable<StoredEntity> QueryTableAsync(string table, CancellationToken cancellationToken) =>
        QueryAsync(table, null, cancellationToken);

    public async Task<WriteResult> InsertAsync(string table, string partitionKey, string rowKey, string data, CancellationToken cancellationToken)
    {
        StoreValues.CheckWrite(table, partitionKey, rowKey, data);
        return await WriteAsync(table, client => client.AddEntityAsync(AzureEntities.ToEntity(partitionKey, rowKey, data), cancellationToken), cancellationToken);
    }

    public async Task<WriteResult> ReplaceAsync(string table, string partitionKey, string rowKey, string data, string etag, CancellationToken cancellationToken)
    {
        StoreValues.CheckWrite(table, partitionKey, rowKey, data);
        ArgumentNullException.ThrowIfNull(etag);
        StoreValues.CheckETag(etag);
        return await WriteAsync(table, client => client.UpdateEntityAsync(AzureEntities.ToEntity(partitionKey, rowKey, data), new ETag(etag), TableUpdateMode.Replace, cancellationToken), cancellationToken);
    }

    public async Task<WriteResult> UpsertAsync(string table, string partitionKey, string rowKey, string data, CancellationToken cancellationToken)
    {
        StoreValues.CheckWrite(table, partitionKey, rowKey, data);
        return await WriteAsync(table, client => client.UpsertEntityAsync(AzureEntities.ToEntity(partitionKey, rowKey, data), TableUpdateMode.Replace, cancellationToken), cancellationToken);
    }

    public async Task<WriteResult> DeleteAsync(string table, string partitionKey, string rowKey, string? etag, CancellationToken cancellationToken)
    {
        StoreValues.CheckETag(etag);
        return await WriteAsync(table, client => client.DeleteEntityAsync(AzureEntities.Key(partitionKey), AzureEntities.Key(rowKey), etag is null ? ETag.All : new ETag(etag), cancellationToken), cancellationToken);
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
        var results = await RunAsync(
            table,
            async client =>
            {
                var found = new List<StoredEntity>();
                await foreach (var entity in client.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
                {
                    found.Add(AzureEntities.ToStored(entity));
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

    /// <summary>A write, with the service's answers that are outcomes rather than failures: absent, or changed meanwhile.</summary>
    private Task<WriteResult> WriteAsync(string table, Func<TableClient, Task<Response>> write, CancellationToken cancellationToken) =>
        RunAsync(
            table,
            async client =>
            {
                try
                {
                    var response = await write(client);
                    return response.Status == 404 ? WriteResult.NotFound : WriteResult.Ok(response.Headers.ETag?.ToString() ?? string.Empty);
                }
                catch (RequestFailedException e) when (e.Status == 404 && e.ErrorCode != TableNotFound)
                {
                    return WriteResult.NotFound;
                }
                catch (RequestFailedException e) when (e.Status is 409 or 412)
                {
                    return WriteResult.Conflict;
                }
            },
            cancellationToken);

    /// <summary>Every call to the service: on its table, made again once if the table went missing, and unavailability said plainly.</summary>
    /// <remarks>A table can go missing under a running bot (deleted by hand, or a store restored without it): it is made again, once.</remarks>
    private async Task<T> RunAsync<T>(string table, Func<TableClient, Task<T>> operation, CancellationToken cancellationToken)
    {
        try
        {
            try
            {
                return await operation(await TableAsync(table, cancellationToken));
            }
            catch (RequestFailedException e) when (e.Status == 404 && e.ErrorCode == TableNotFound)
            {
                _tables.TryRemove(table, out _);
                return await operation(await TableAsync(table, cancellationToken));
            }
        }
        catch (Exception e) when (IsUnavailable(e, cancellationToken))
        {
            throw Unavailable(e);
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
}
