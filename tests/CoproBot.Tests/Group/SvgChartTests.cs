using System.Xml.Linq;
using CoproBot.Dialogs.Replies;

namespace CoproBot.Tests.Group;

/// <summary>The inline SVG of a chart: well-formed, named for screen readers, and every bar labelled with its count.</summary>
public sealed class SvgChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void EveryBarIsDrawnInOneColourWithItsCountAboveAndItsLabelBelow()
    {
        var chart = new ReplyChart("Principle 1: Balancing power", [new("1", 0), new("2", 1), new("3", 4), new("4", 2), new("5", 0)], "text", "Ratings of Balancing power: 3 from 4 people.", "Rating", "People");

        var svg = XDocument.Parse(SvgChart.Of(chart, "chart-1")).Root!;

        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("chart-1-title chart-1-desc", (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal(chart.Title, svg.Element(Svg + "title")!.Value);
        Assert.Equal(chart.AltText, svg.Element(Svg + "desc")!.Value);
        var bars = svg.Elements(Svg + "rect").Skip(1).ToList();
        Assert.Equal(5, bars.Count);
        Assert.Single(bars.Select(b => (string?)b.Attribute("fill")).Distinct());

        // The tallest bar is the one with the most ratings, and each count and label is written out.
        var heights = bars.Select(b => double.Parse((string)b.Attribute("height")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2, heights.IndexOf(heights.Max()));
        Assert.Equal(0, heights[0]);
        var texts = svg.Elements(Svg + "text").Select(t => t.Value).ToList();
        foreach (var bar in chart.Bars)
        {
            Assert.Contains(bar.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), texts);
            Assert.Contains(bar.Label, texts);
        }

        Assert.Contains("Rating", texts);
        Assert.Contains("People", texts);
    }

    [Fact]
    public void WordsThatLookLikeMarkupAreWrittenAsText()
    {
        var chart = new ReplyChart("Principle 2: <script>alert(1)</script> & more", [new("1", 1)], "text", "A \"quoted\" <b>alt</b>", "Rating", "People");

        var svg = XDocument.Parse(SvgChart.Of(chart, "c")).Root!;

        Assert.Empty(svg.Descendants(Svg + "script"));
        Assert.Empty(svg.Descendants(Svg + "b"));
        Assert.Equal(chart.Title, svg.Element(Svg + "title")!.Value);
        Assert.Equal(chart.AltText, svg.Element(Svg + "desc")!.Value);
    }
}
