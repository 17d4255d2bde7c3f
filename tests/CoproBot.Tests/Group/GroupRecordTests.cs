using System.Globalization;
using System.Text.RegularExpressions;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Group;

/// <summary>What a session keeps and exports: each person's latest rating, and no name at all once it is anonymous.</summary>
public sealed partial class GroupRecordTests : IAsyncLifetime
{
    private static readonly string[] People = ["Alex", "Sam", "Noor", "Kim", "Lee"];

    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task TheCsvRatingsTotalAsTheSummaryCountsThemWhenSomeoneReplacesTheirRating()
    {
        var channel = new TeamsChannel(_host, "19:ratings@thread.tacv2");
        await channel.SayAsync("Alex", "facilitate ESTHER open");
        foreach (var _ in Enumerable.Range(0, 3))
        {
            await channel.SayAsync("Alex", "next");
        }

        foreach (var (name, rating) in new[] { ("Alex", "4"), ("Sam", "3"), ("Noor", "2"), ("Noor", "4") })
        {
            Assert.Contains(await channel.SayAsync(name, rating), a => a.Text.StartsWith("Thanks, your rating for Principle 1 of 6", StringComparison.Ordinal));
        }

        var summary = (await channel.SayAsync("Alex", "end"))[^1].Text;
        var csv = Assert.Single(await channel.SayAsync("Alex", "export csv")).Text;

        var stated = SummaryRating().Match(summary);
        Assert.True(stated.Success, summary);
        var ratings = RatingsIn(csv);
        Assert.Equal(int.Parse(stated.Groups["count"].Value, CultureInfo.InvariantCulture), ratings.Count);
        Assert.Equal(double.Parse(stated.Groups["average"].Value, CultureInfo.InvariantCulture), Math.Round(ratings.Average(), 1, MidpointRounding.AwayFromZero));
        Assert.Equal([3, 4, 4], ratings.Order());
    }

    [Fact]
    public async Task AnAnonymousSessionStoresNoPersonsNameTheFacilitatorsIncluded()
    {
        // Started without a mode, so the facilitator's name was kept until the anonymous mode was chosen.
        var anonymous = new TeamsChannel(_host, "19:anonymous@thread.tacv2");
        await anonymous.SayAsync("Alex", "facilitate ESTHER");
        await anonymous.SayAsync("Sam", "join");
        await anonymous.SayAsync("Noor", "park peer support on the ward");
        await anonymous.SayAsync("Alex", "Anonymous");
        await anonymous.SubmitAsync("Kim", "Staff rotas made it hard to keep promises", step: 1);
        await anonymous.SayAsync("Sam", "own 1");
        await anonymous.SayAsync("Alex", "hand over to @Lee", mention: ("Lee", TeamsChannel.IdOf("Lee")));
        await anonymous.SayAsync("Lee", "mode open");
        await anonymous.SayAsync("Noor", "Nobody explained the plan");

        // The same steps in an open session keep names, so the scan below does read where names would be.
        var open = new TeamsChannel(_host, "19:open@thread.tacv2");
        await open.SayAsync("Alex", "facilitate ESTHER open");
        await open.SayAsync("Kim", "Ask the family too");

        var rows = (await StoreScan.EveryRowAsync(_host)).Where(row => row.StartsWith("group", StringComparison.Ordinal)).ToList();
        var anonymousSession = SessionIdIn(rows, "19:anonymous@thread.tacv2");
        var ofAnonymous = rows.Where(row => row.Contains(anonymousSession, StringComparison.Ordinal)).ToList();
        Assert.Contains(ofAnonymous, row => row.StartsWith("groupsess", StringComparison.Ordinal) && row.Contains(TeamsChannel.IdOf("Lee"), StringComparison.Ordinal));
        Assert.Contains(ofAnonymous, row => row.StartsWith("grouppeople", StringComparison.Ordinal) && row.Contains(TeamsChannel.IdOf("Alex"), StringComparison.Ordinal));
        Assert.Contains(ofAnonymous, row => row.Contains("Staff rotas made it hard to keep promises", StringComparison.Ordinal));
        Assert.Contains(ofAnonymous, row => row.Contains("Nobody explained the plan", StringComparison.Ordinal));
        foreach (var name in People)
        {
            Assert.DoesNotContain(ofAnonymous, row => row.Contains(name, StringComparison.Ordinal));
        }

        var ofOpen = rows.Where(row => row.Contains(SessionIdIn(rows, "19:open@thread.tacv2"), StringComparison.Ordinal)).ToList();
        Assert.Contains(ofOpen, row => row.StartsWith("groupsess", StringComparison.Ordinal) && row.Contains("\"facilitatorName\":\"Alex\"", StringComparison.Ordinal));
        Assert.Contains(ofOpen, row => row.StartsWith("groupcontrib", StringComparison.Ordinal) && row.Contains("Kim", StringComparison.Ordinal));
    }

    private static string SessionIdIn(List<string> rows, string conversation)
    {
        var control = Assert.Single(rows, row => row.StartsWith("groupsess", StringComparison.Ordinal) && row.Contains(conversation, StringComparison.Ordinal));
        return SessionId().Match(control).Groups["id"].Value;
    }

    /// <summary>The last cell of every row that has a rating, read as a spreadsheet would read the quoted cells.</summary>
    private static List<int> RatingsIn(string csv) =>
        [.. csv.Split('\n').Skip(2).Where(line => line.StartsWith('"'))
            .Select(line => CsvCell().Matches(line).Select(m => m.Groups["cell"].Value.Replace("\"\"", "\"", StringComparison.Ordinal)).Last())
            .Where(rating => rating.Length > 0)
            .Select(rating => int.Parse(rating, CultureInfo.InvariantCulture))];

    [GeneratedRegex(@"(?<count>\d+) ratings?, average (?<average>\d+\.\d) out of 5", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SummaryRating();

    [GeneratedRegex("\"(?<cell>(?:[^\"]|\"\")*)\"", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CsvCell();

    [GeneratedRegex("\"sessionId\":\"(?<id>[0-9a-f]{32})\"", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SessionId();
}
