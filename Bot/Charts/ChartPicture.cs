using System.Globalization;
using CoproBot.Dialogs.Replies;
using ScottPlot;

namespace CoproBot.Bot.Charts;

/// <summary>Draws a <see cref="ReplyChart"/> as a PNG on the server, for channels that show pictures but not charts (Discord).</summary>
/// <remarks>
/// The text is drawn in the DejaVu Sans shipped beside the bot and loaded by path, so a picture looks the same on
/// every machine and never depends on the fonts installed. Every bar is one dark neutral colour with its count above
/// it, so nothing is told by colour alone.
/// </remarks>
public static class ChartPicture
{
    public const int Width = 640;
    public const int Height = 360;
    public const string FontName = "DejaVu Sans";

    private static readonly Lazy<string> Font = new(LoadFont);

    /// <summary>Where the shipped font is, beside the bot's assembly.</summary>
    public static string FontPath => Path.Combine(AppContext.BaseDirectory, "Charts", "Fonts", "DejaVuSans.ttf");

    public static byte[] Png(ReplyChart chart)
    {
        using var plot = Draw(chart);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    private static Plot Draw(ReplyChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var plot = new Plot();
        plot.Font.Set(Font.Value);
        var bars = chart.Bars.Select((bar, i) => new Bar
        {
            Position = i + 1,
            Value = bar.Count,
            Label = bar.Count.ToString(CultureInfo.InvariantCulture),
            FillColor = Color.FromHex("#2E4A62"),
            LineWidth = 0,
        }).ToList();
        var plotted = plot.Add.Bars(bars);
        plotted.ValueLabelStyle.FontSize = 18;
        plotted.ValueLabelStyle.FontName = Font.Value;
        plot.Axes.Bottom.SetTicks([.. bars.Select(b => b.Position)], [.. chart.Bars.Select(b => b.Label)]);
        plot.Axes.Margins(bottom: 0, top: 0.2);
        plot.Axes.SetLimitsY(0, Math.Max(1, chart.Bars.Max(b => b.Count)) * 1.2);
        plot.Title(chart.Title.ShortenTo(70), 16);
        plot.XLabel(chart.AxisLabel, 14);
        plot.YLabel(chart.CountLabel, 14);
        return plot;
    }

    private static string LoadFont()
    {
        if (!File.Exists(FontPath))
        {
            throw new FileNotFoundException("The chart font is missing from the bot's output.", FontPath);
        }

        Fonts.AddFontFile(FontName, FontPath);
        return FontName;
    }
}
