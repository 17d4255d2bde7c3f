using System.Text;
using CoproBot.Knowledge.Model;

namespace CoproBot.Knowledge.Import;

/// <summary>Exports the knowledge as one Markdown table, cases as columns like the source.</summary>
public static class MarkdownTableWriter
{
    public static string Write(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var builder = new StringBuilder();
        builder.Append("| Case features |");
        foreach (var c in knowledge.Cases)
        {
            builder.Append(' ').Append(Escape($"Case {c.Number} {c.Name}")).Append(" |");
        }

        builder.Append('\n').Append("|---|").Append(string.Concat(Enumerable.Repeat("---|", knowledge.Cases.Count))).Append('\n');
        foreach (var feature in knowledge.Features)
        {
            builder.Append("| **").Append(Escape(feature.Title)).Append("** |");
            foreach (var c in knowledge.Cases)
            {
                builder.Append(' ').Append(CellText(knowledge.Cell(c.Id, feature.Id))).Append(" |");
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    private static string CellText(CaseFeature cell) =>
        cell.IsList ? string.Join("<br>", cell.Items.Select(i => "• " + Escape(i))) : Escape(cell.Text ?? string.Empty);

    // A table cell is one line: pipes would end it, line breaks would end the row.
    private static string Escape(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal).TrimEnd();
}
