using CoproBot.Bot.Hosting;
using CoproBot.Tests.Infrastructure;
using CoproBot.Tests.Reflection;

namespace CoproBot.Tests.Group;

/// <summary>What a contribution to a group session costs in store calls, once the person is in the session.</summary>
public sealed class GroupStoreCallTests
{
    [Fact]
    public async Task AContributionFromSomeoneAlreadyInTheSessionNamesOnlyItselfAndWritesNoPlaceAgain()
    {
        TableCountingStore? store = null;
        await using var host = await BotHost.StartAsync(
            settings: RaisedLimits.Settings(),
            services: s => s.DecorateTableStore((_, inner) => store = new TableCountingStore(inner)));
        var channel = new TeamsChannel(host, "19:counted@thread.tacv2");
        await channel.SayAsync("Sam", "facilitate ESTHER open");
        await channel.SayAsync("Jo", "A first thought on what matters to Esther");

        foreach (var text in new[] { "A second thought", "A third thought" })
        {
            var before = store!.Calls();
            Assert.Contains("Noted for", TeamsChannel.TextOf((await channel.SayAsync("Jo", text))[0]), StringComparison.Ordinal);
            var turn = Since(store, before);

            // The new contribution is named and inserted; Jo's place is only looked at, never named or written again.
            Assert.Equal((0, 1), turn.GetValueOrDefault("personidx"));
            Assert.Equal(1, turn.GetValueOrDefault("groupcontrib").Writes);
            Assert.Equal((1, 0), turn.GetValueOrDefault("grouppeople"));
            Assert.Equal((0, 0), turn.GetValueOrDefault("convrefs"));
            Assert.Equal((4, 4), (turn.Values.Sum(c => c.Reads), turn.Values.Sum(c => c.Writes)));
        }

        // Jo's fourth makes one voice more than half of 4: only then is the whole session read, for the facilitator's
        // note; the contribution is still the one row written about the session.
        var tipping = store!.Calls();
        var replies = await channel.SayAsync("Jo", "One more, about her family");
        var tipped = Since(store, tipping);
        Assert.Contains(replies, reply => TeamsChannel.TextOf(reply).Contains("more than half", StringComparison.Ordinal));
        Assert.Equal((1, 0), (tipped["groupcontrib"].Writes, tipped["grouppeople"].Writes));
        Assert.InRange(tipped.Values.Sum(c => c.Reads), 5, 9);
    }

    private static Dictionary<string, (int Reads, int Writes)> Since(TableCountingStore store, Dictionary<string, (int Reads, int Writes)> before) =>
        store.Calls().ToDictionary(c => c.Key, c => (Reads: c.Value.Reads - before.GetValueOrDefault(c.Key).Reads, Writes: c.Value.Writes - before.GetValueOrDefault(c.Key).Writes));
}
