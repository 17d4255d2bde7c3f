using CoproBot.Bot.Hosting;
using CoproBot.Storage.Tables;

namespace CoproBot.Bot.BotFramework;

/// <summary>Deletes delivery records once no channel would redeliver them: each day's partition after two days.</summary>
public sealed class ActivityLedgerPurge(ITableStore store, TimeProvider time, ILogger<ActivityLedgerPurge> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(6);
    private const int DaysKept = 2;
    private const int DaysLookedBack = 30;

    /// <summary>Purges the days older than those kept; returns how many records went.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var deleted = 0;
        var today = time.GetUtcNow();
        for (var age = DaysKept + 1; age <= DaysLookedBack; age++)
        {
            var day = DuplicateActivityMiddleware.Day(today.AddDays(-age));
            var rows = new List<StoredEntity>();
            await foreach (var row in store.QueryPartitionAsync(DuplicateActivityMiddleware.Table, day, cancellationToken))
            {
                rows.Add(row);
            }

            foreach (var row in rows)
            {
                await store.DeleteAsync(DuplicateActivityMiddleware.Table, day, row.RowKey, null, cancellationToken);
                deleted++;
            }
        }

        return deleted;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicWork.RunAsync(Interval, time, PurgeAsync, e => Log.PurgeFailed(logger, e), stoppingToken);
}
