using System.Globalization;
using CoproBot.Bot.Hosting;
using CoproBot.Storage.Tables;

namespace CoproBot.Bot.BotFramework;

/// <summary>Deletes the delivery records that earlier versions kept, a partition per day, once they are two days old.</summary>
/// <remarks>Which activities were answered now lives in each person's state (<see cref="TurnLedger"/>); this clears what is left.</remarks>
public sealed class ActivityLedgerPurge(ITableStore store, TimeProvider time, ILogger<ActivityLedgerPurge> logger) : BackgroundService
{
    public const string Table = "activities";

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
            var day = Day(today.AddDays(-age));
            var rows = new List<StoredEntity>();
            await foreach (var row in store.QueryPartitionAsync(Table, day, cancellationToken))
            {
                rows.Add(row);
            }

            foreach (var row in rows)
            {
                await store.DeleteAsync(Table, day, row.RowKey, null, cancellationToken);
                deleted++;
            }
        }

        return deleted;
    }

    public static string Day(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicWork.RunAsync(Interval, time, PurgeAsync, e => BotLog.PurgeFailed(logger, e), stoppingToken);
}
