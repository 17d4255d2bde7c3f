using CoproBot.Bot.BotFramework;
using CoproBot.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CoproBot.Tests.Hosting;

public sealed class ActivityLedgerTests
{
    [Fact]
    public async Task DeliveryRecordsOlderThanTwoDaysArePurgedAndRecentOnesKept()
    {
        var store = new SqliteTableStore(Path.Combine(Directory.CreateTempSubdirectory("coprobot-ledger-").FullName, "s.db"));
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
        foreach (var age in new[] { 0, 1, 2, 3, 10 })
        {
            await store.InsertAsync(ActivityLedgerPurge.Table, ActivityLedgerPurge.Day(time.GetUtcNow().AddDays(-age)), "h" + age, "{}", CancellationToken.None);
        }

        var purge = new ActivityLedgerPurge(store, time, NullLogger<ActivityLedgerPurge>.Instance);
        var deleted = await purge.PurgeAsync(CancellationToken.None);

        Assert.Equal(2, deleted);
        var left = new List<string>();
        await foreach (var row in store.QueryTableAsync(ActivityLedgerPurge.Table, CancellationToken.None))
        {
            left.Add(row.RowKey);
        }

        Assert.Equal(["h0", "h1", "h2"], left.Order());
    }
}
