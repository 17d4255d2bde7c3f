using System.Diagnostics;
using System.Runtime.CompilerServices;
using CoproBot.Storage.Tables;

namespace CoproBot.Bot.Observability;

/// <summary>Wraps the chosen store to count and time every storage call, with conflicts counted apart.</summary>
public sealed class InstrumentedTableStore(ITableStore inner, CoproBotTelemetry telemetry, TimeProvider time) : ITableStore, IAsyncDisposable
{
    // The container disposes the decorator only, so it passes disposal on to the store it wraps.
    public async ValueTask DisposeAsync()
    {
        switch (inner)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    public Task<StoredEntity?> GetAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken) =>
        MeasureAsync("get", table, () => inner.GetAsync(table, partitionKey, rowKey, cancellationToken), entity => entity is null ? TelemetryTags.NotFound : TelemetryTags.Ok);

    public IAsyncEnumerable<StoredEntity> QueryPartitionAsync(string table, string partitionKey, CancellationToken cancellationToken) =>
        MeasureQueryAsync("query_partition", table, inner.QueryPartitionAsync(table, partitionKey, cancellationToken), cancellationToken);

    public IAsyncEnumerable<StoredEntity> QueryTableAsync(string table, CancellationToken cancellationToken) =>
        MeasureQueryAsync("query_table", table, inner.QueryTableAsync(table, cancellationToken), cancellationToken);

    public Task<WriteResult> InsertAsync(string table, string partitionKey, string rowKey, string data, CancellationToken cancellationToken) =>
        MeasureWriteAsync("insert", table, () => inner.InsertAsync(table, partitionKey, rowKey, data, cancellationToken));

    public Task<WriteResult> ReplaceAsync(string table, string partitionKey, string rowKey, string data, string etag, CancellationToken cancellationToken) =>
        MeasureWriteAsync("replace", table, () => inner.ReplaceAsync(table, partitionKey, rowKey, data, etag, cancellationToken));

    public Task<WriteResult> UpsertAsync(string table, string partitionKey, string rowKey, string data, CancellationToken cancellationToken) =>
        MeasureWriteAsync("upsert", table, () => inner.UpsertAsync(table, partitionKey, rowKey, data, cancellationToken));

    public Task<WriteResult> DeleteAsync(string table, string partitionKey, string rowKey, string? etag, CancellationToken cancellationToken) =>
        MeasureWriteAsync("delete", table, () => inner.DeleteAsync(table, partitionKey, rowKey, etag, cancellationToken));

    public Task<bool> PingAsync(CancellationToken cancellationToken) =>
        MeasureAsync("ping", table: null, () => inner.PingAsync(cancellationToken), reachable => reachable ? TelemetryTags.Ok : TelemetryTags.Error);

    private Task<WriteResult> MeasureWriteAsync(string operation, string table, Func<Task<WriteResult>> call) =>
        MeasureAsync(operation, table, call, result => result.Status switch
        {
            WriteStatus.Ok => TelemetryTags.Ok,
            WriteStatus.Conflict => TelemetryTags.Conflict,
            _ => TelemetryTags.NotFound,
        });

    private async Task<T> MeasureAsync<T>(string operation, string? table, Func<Task<T>> call, Func<T, string> outcomeOf)
    {
        using var span = CoproBotTelemetry.ActivitySource.StartActivity("storage " + operation, ActivityKind.Client);
        var started = time.GetTimestamp();
        var outcome = TelemetryTags.Error;
        try
        {
            var result = await call();
            outcome = outcomeOf(result);
            return result;
        }
        finally
        {
            Record(span, operation, table, outcome, started);
        }
    }

    private async IAsyncEnumerable<StoredEntity> MeasureQueryAsync(
        string operation, string table, IAsyncEnumerable<StoredEntity> query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var span = CoproBotTelemetry.ActivitySource.StartActivity("storage " + operation, ActivityKind.Client);
        var started = time.GetTimestamp();
        // A caller that stops early ends the query without error; that is still a completed call.
        var outcome = TelemetryTags.Ok;
        var enumerator = query.GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                bool more;
                try
                {
                    more = await enumerator.MoveNextAsync();
                }
                catch (Exception)
                {
                    outcome = TelemetryTags.Error;
                    throw;
                }

                if (!more)
                {
                    break;
                }

                yield return enumerator.Current;
            }
        }
        finally
        {
            await enumerator.DisposeAsync();
            Record(span, operation, table, outcome, started);
        }
    }

    private void Record(Activity? span, string operation, string? table, string outcome, long started)
    {
        var tags = new TagList { { TelemetryTags.Operation, operation }, { TelemetryTags.Outcome, outcome } };
        if (table is not null)
        {
            tags.Add(TelemetryTags.Table, table);
        }

        span?.SetTag(TelemetryTags.Operation, operation);
        span?.SetTag(TelemetryTags.Table, table);
        span?.SetTag(TelemetryTags.Outcome, outcome);
        if (outcome == TelemetryTags.Error)
        {
            span?.SetStatus(ActivityStatusCode.Error);
        }

        telemetry.StorageOperations.Add(1, tags);
        telemetry.StorageDuration.Record(time.GetElapsedTime(started).TotalSeconds, tags);
        if (outcome == TelemetryTags.Conflict)
        {
            telemetry.StorageConflicts.Add(1, tags);
        }
    }
}
