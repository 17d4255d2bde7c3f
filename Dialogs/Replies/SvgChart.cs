using System.Globalization;
using System.Security;
using System.Text;

namespace CoproBot.Dialogs.Replies;

/// <summary>Draws a <see cref="ReplyChart"/> as an inline SVG, for documents (the Markdown export) that carry their pictures in themselves.</summary>
/// <remarks>
/// The picture is text, so it needs no font file or renderer: it names itself (<c>role="img"</c>, a title and a
/// description that say what it shows), every bar has its count written above it and its label below, and all bars are
/// one dark neutral colour, so nothing is told by colour alone. The document keeps the words of the chart beside it.
/// </remarks>
public static class SvgChart
{
    public const int Width = 480;
    public const int Height = 260;
    private const int Left = 56;
    private const int Right = 16;
    private const int Top = 44;
    private const int Bottom = 52;
    private const string BarColour = "#2E4A62";

    public static string Of(ReplyChart chart, string id)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var svg = new StringBuilder();
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var most = Math.Max(1, chart.Bars.Count == 0 ? 0 : chart.Bars.Max(b => b.Count));
        var slot = chart.Bars.Count == 0 ? plotWidth : (double)plotWidth / chart.Bars.Count;
        Append(svg, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" font-family=\"DejaVu Sans, Verdana, sans-serif\">");
        Append(svg, $"<title id=\"{id}-title\">{Escape(chart.Title)}</title>");
        Append(svg, $"<desc id=\"{id}-desc\">{Escape(chart.AltText)}</desc>");
        Append(svg, $"<rect width=\"{Width}\" height=\"{Height}\" fill=\"#FFFFFF\"/>");
        Append(svg, $"<text x=\"{Width / 2}\" y=\"22\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\">{Escape(chart.Title.ShortenTo(60))}</text>");
        Append(svg, $"<line x1=\"{Left}\" y1=\"{Top + plotHeight}\" x2=\"{Width - Right}\" y2=\"{Top + plotHeight}\" stroke=\"#333333\"/>");
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            var height = (double)plotHeight * bar.Count / most * 0.85;
            var x = Left + (slot * i) + (slot * 0.2);
            var centre = Left + (slot * i) + (slot / 2);
            var y = Top + plotHeight - height;
            Append(svg, $"<rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{slot * 0.6:0.#}\" height=\"{height:0.#}\" fill=\"{BarColour}\"/>");
            Append(svg, $"<text x=\"{centre:0.#}\" y=\"{y - 6:0.#}\" text-anchor=\"middle\" font-size=\"13\">{bar.Count}</text>");
            Append(svg, $"<text x=\"{centre:0.#}\" y=\"{Top + plotHeight + 18}\" text-anchor=\"middle\" font-size=\"13\">{Escape(bar.Label)}</text>");
        }

        Append(svg, $"<text x=\"{Left + (plotWidth / 2)}\" y=\"{Height - 10}\" text-anchor=\"middle\" font-size=\"12\">{Escape(chart.AxisLabel)}</text>");
        Append(svg, $"<text x=\"16\" y=\"{Top + (plotHeight / 2)}\" text-anchor=\"middle\" font-size=\"12\" transform=\"rotate(-90 16 {Top + (plotHeight / 2)})\">{Escape(chart.CountLabel)}</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Append(StringBuilder svg, FormattableString part) => svg.Append(part.ToString(CultureInfo.InvariantCulture));

    private static string Escape(string text) => SecurityElement.Escape(text.ReplaceLineEndings(" "));
}
