using BenchmarkDotNet.Attributes;
using CoproBot.Bot.Charts;
using CoproBot.Dialogs.Group;
using CoproBot.Dialogs.Replies;

namespace CoproBot.Benchmarks;

/// <summary>
/// What a chart costs a turn: the text bars every channel gets (the baseline), the Teams chart card, and the PNG Discord
/// gets, for one principle's ratings; and the six PNGs of a whole session's summary.
/// </summary>
[MemoryDiagnoser]
public class ChartBenchmarks
{
    private IReadOnlyList<int> _ratings = [];
    private ReplyChart _chart = null!;
    private ReplyChart[] _summary = [];

    [GlobalSetup]
    public void Setup()
    {
        _ratings = [4, 4, 4, 4, 2, 5, 3, 4, 5, 1, 4, 3];
        var bars = Enumerable.Range(1, 5).Select(score => new ChartBar(score.ToString(System.Globalization.CultureInfo.InvariantCulture), _ratings.Count(r => r == score))).ToList();
        const string title = "Principle 1 of 6 (step 4 of 9): Balancing power";
        var say = CoproBot.Dialogs.Languages.Language.English;
        _chart = new ReplyChart(title, bars, RatingDistribution.Render(say, _ratings), ChartMessages.AltText(say, title, _ratings), ChartMessages.RatingAxis(say), ChartMessages.PeopleAxis(say));
        _summary = [.. Enumerable.Repeat(_chart, 6)];
        ChartPicture.Png(_chart);
    }

    [Benchmark(Baseline = true)]
    public string TextBars() => RatingDistribution.Render(CoproBot.Dialogs.Languages.Language.English, _ratings);

    [Benchmark]
    public object? TeamsChartCard() => Bot.Teams.TeamsChartCard.For([_chart]);

    [Benchmark]
    public byte[] DiscordPng() => ChartPicture.Png(_chart);

    [Benchmark]
    public int SummaryOfSixPngs() => _summary.Sum(chart => ChartPicture.Png(chart).Length);
}
