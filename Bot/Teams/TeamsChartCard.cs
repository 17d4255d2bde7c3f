using CoproBot.Bot.Teams.Cards;
using CoproBot.Dialogs.Replies;
using Newtonsoft.Json.Linq;

namespace CoproBot.Bot.Teams;

/// <summary>A reply's charts as one Adaptive Card of <c>Chart.VerticalBar</c> elements, each falling back to its text bars.</summary>
/// <remarks>
/// Teams draws chart elements in cards of version 1.5; a client that cannot shows the element's <c>fallback</c>, the
/// same distribution as text. Every bar shows its count (<c>showBarValues</c>), all bars share one neutral colour, and
/// the message's own text says it all in words, so nothing rests on colour or on the picture.
/// </remarks>
public static class TeamsChartCard
{
    /// <summary>Some Teams clients refuse a message whose card is larger than about 28 KB.</summary>
    public const int MaxBytes = 28 * 1024;

    /// <summary>The card, or null when there is no chart or the card would be too large (the text alone is sent then).</summary>
    public static Microsoft.Bot.Schema.Attachment? For(IReadOnlyList<ReplyChart> charts)
    {
        ArgumentNullException.ThrowIfNull(charts);
        if (charts.Count == 0)
        {
            return null;
        }

        var card = new AdaptiveCard(string.Join("\n\n", charts.Select(chart => chart.Title + "\n" + chart.Text)));
        foreach (var chart in charts)
        {
            card.Element(Element(chart));
        }

        return card.ToAttachment(MaxBytes);
    }

    private static JObject Element(ReplyChart chart) => new()
    {
        ["type"] = "Chart.VerticalBar",
        ["title"] = chart.Title,
        ["xAxisTitle"] = chart.AxisLabel,
        ["yAxisTitle"] = chart.CountLabel,
        ["showBarValues"] = true,
        ["color"] = "neutral",
        ["data"] = new JArray(chart.Bars.Select(bar => new JObject { ["x"] = bar.Label, ["y"] = bar.Count })),
        ["fallback"] = new JObject
        {
            ["type"] = "Container",
            ["items"] = new JArray(
                new JObject { ["type"] = "TextBlock", ["text"] = chart.Title, ["wrap"] = true, ["weight"] = "Bolder" },
                new JObject { ["type"] = "TextBlock", ["text"] = chart.Text, ["wrap"] = true, ["fontType"] = "Monospace" }),
        },
    };
}
