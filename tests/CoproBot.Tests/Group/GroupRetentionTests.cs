using CoproBot.Bot.Group;
using CoproBot.Dialogs.Group;
using CoproBot.Storage.Tables;
using CoproBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoproBot.Tests.Group;

public sealed class GroupRetentionTests
{
    [Fact]
    public async Task SessionsArePurgedOnceTheirRetentionHasPassedAndYoungerOnesAreKept()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero));
        await using var host = await BotHost.StartAsync(
            settings: new Dictionary<string, string?> { ["GroupSessions:RetentionDays"] = "7" },
            services: services => services.AddSingleton<TimeProvider>(time));
        var old = new TeamsChannel(host, "19:old@thread.tacv2");
        var young = new TeamsChannel(host, "19:young@thread.tacv2");
        Assert.Contains(await old.SayAsync("Alex", "facilitate ESTHER open"), a => a.Text.Contains("I delete the session 7 days after it starts", StringComparison.Ordinal));
        await old.SayAsync("Sam", "An old thought");
        await old.SayAsync("Sam", "park an old topic");
        time.Advance(TimeSpan.FromDays(3));
        await young.SayAsync("Alex", "facilitate ESTHER open");
        await young.SayAsync("Sam", "A young thought");

        time.Advance(TimeSpan.FromDays(5));
        await host.Services.GetRequiredService<GroupSessionPurge>().PurgeAsync(CancellationToken.None);

        var rows = new List<string>();
        var store = host.Services.GetRequiredService<ITableStore>();
        foreach (var table in new[] { GroupSessionStore.SessionTable, GroupSessionStore.ContributionTable, GroupSessionStore.ParkingTable, GroupSessionStore.ParticipantTable })
        {
            await foreach (var row in store.QueryTableAsync(table, CancellationToken.None))
            {
                rows.Add(row.PartitionKey + " " + row.Data);
            }
        }

        Assert.DoesNotContain(rows, row => row.Contains("old", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.Contains("A young thought", StringComparison.Ordinal));
        Assert.DoesNotContain(await old.SayAsync("Alex", "export markdown"), a => TeamsChannel.TextOf(a).Contains("Group reflection", StringComparison.Ordinal));
        Assert.Contains("A young thought", Assert.Single(await young.SayAsync("Alex", "export markdown")).Text, StringComparison.Ordinal);
    }
}
