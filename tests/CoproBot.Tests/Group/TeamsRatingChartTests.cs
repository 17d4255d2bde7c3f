using System.Text;
using CoproBot.Bot.Teams;
using CoproBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CoproBot.Tests.Group;

/// <summary>Rating distributions in a Teams channel: a chart card beside the words, each chart falling back to its text bars.</summary>
public sealed class TeamsRatingChartTests : IAsyncLifetime
{
    private BotHost _host = null!;
    private TeamsChannel _channel = null!;

    public async Task InitializeAsync()
    {
        _host = await BotHost.StartAsync();
        _channel = new TeamsChannel(_host, "19:charts@thread.tacv2");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ARevealedRatingIsAVerticalBarChartWithEveryCountBesideItsTextBars()
    {
        await ToFirstPrincipleAsync();
        foreach (var (name, rating) in new[] { ("Alex", "4"), ("Sam", "four"), ("Jo", "4/5"), ("Kim", "mostly"), ("Lee", "2") })
        {
            await _channel.SayAsync(name, rating);
        }

        var reveal = Assert.Single(await _channel.SayAsync("Alex", "reveal"));

        Assert.Contains("4 ▇▇▇▇ 4 (4 people rated 4)", reveal.Text, StringComparison.Ordinal);
        var card = JObject.FromObject(Assert.Single(reveal.Attachments).Content);
        Assert.Equal("1.5", (string?)card["version"]);
        var chart = Assert.Single(card["body"]!);
        Assert.Equal("Chart.VerticalBar", (string?)chart["type"]);
        Assert.True((bool)chart["showBarValues"]!);
        Assert.StartsWith("Principle 1 of 6 (step 4 of 9): ", (string?)chart["title"], StringComparison.Ordinal);
        Assert.Equal(["1", "2", "3", "4", "5"], chart["data"]!.Select(point => (string)point["x"]!));
        Assert.Equal([0, 1, 0, 4, 0], chart["data"]!.Select(point => (int)point["y"]!));
        var fallback = chart["fallback"]!["items"]!.Select(item => (string)item["text"]!).ToList();
        Assert.Contains(fallback, text => text.Contains("2 ▇ 1 (1 person rated 2)", StringComparison.Ordinal));
        Assert.Null(chart["data"]!.FirstOrDefault(point => point["color"] is not null));
    }

    [Fact]
    public async Task TheSummaryChartsEveryRatedPrincipleInOneCardWithinTeamsSizeLimit()
    {
        await ToFirstPrincipleAsync();
        for (var principle = 0; principle < 6; principle++)
        {
            foreach (var (name, rating) in new[] { ("Sam", "3"), ("Jo", "5"), ("Kim", "1") })
            {
                await _channel.SayAsync(name, rating);
            }

            if (principle < 5)
            {
                await _channel.SayAsync("Alex", "next");
            }
        }

        var summary = (await _channel.SayAsync("Alex", "end"))[^1];

        Assert.Contains("## Group reflection on ESTHER", summary.Text, StringComparison.Ordinal);
        var attachment = Assert.Single(summary.Attachments);
        var card = JObject.FromObject(attachment.Content);
        Assert.Equal(6, card["body"]!.Count(element => (string?)element["type"] == "Chart.VerticalBar"));
        Assert.InRange(Encoding.UTF8.GetByteCount(JsonConvert.SerializeObject(attachment, Formatting.None)), 1, TeamsChartCard.MaxBytes);
    }

    [Fact]
    public async Task ARevealOfAQuestionOrOfNoRatingsHasNoChart()
    {
        await _channel.SayAsync("Alex", "facilitate ESTHER open");
        await _channel.SayAsync("Sam", "Ask Esther first");

        var question = Assert.Single(await _channel.SayAsync("Alex", "reveal"));
        await _channel.SayAsync("Alex", "next");
        await _channel.SayAsync("Alex", "next");
        await _channel.SayAsync("Alex", "next");
        var unrated = Assert.Single(await _channel.SayAsync("Alex", "reveal"));

        Assert.Empty(question.Attachments ?? []);
        Assert.Empty(unrated.Attachments ?? []);
        Assert.Contains("No ratings yet.", unrated.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ACardTooLargeForTeamsIsNotMadeAndTheTextStandsAlone()
    {
        var bars = Enumerable.Range(1, 5).Select(i => new CoproBot.Dialogs.Replies.ChartBar(i.ToString(System.Globalization.CultureInfo.InvariantCulture), i)).ToList();
        var huge = new CoproBot.Dialogs.Replies.ReplyChart("A principle", bars, new string('x', TeamsChartCard.MaxBytes), "alt", "Rating", "People");

        Assert.Null(TeamsChartCard.For([huge]));
        Assert.NotNull(TeamsChartCard.For([huge with { Text = "short" }]));
    }

    private async Task ToFirstPrincipleAsync()
    {
        await _channel.SayAsync("Alex", "facilitate ESTHER open");
        await _channel.SayAsync("Alex", "next");
        await _channel.SayAsync("Alex", "next");
        var principle = await _channel.SayAsync("Alex", "next");
        Assert.Contains(principle, a => TeamsChannel.TextOf(a).Contains("Principle 1 of 6", StringComparison.Ordinal));
        Assert.All(principle, a => Assert.Equal(ActivityTypes.Message, a.Type));
    }
}
