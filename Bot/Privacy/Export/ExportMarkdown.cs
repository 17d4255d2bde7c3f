using System.Globalization;
using System.Text;

namespace CoproBot.Bot.Privacy.Export;

/// <summary>The export as a Markdown document: a heading per kind of record, a sub-heading per record, its values as a list.</summary>
public static class ExportMarkdown
{
    public static string Render(ExportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# {ExportDocument.Title}\n\nExported {ExportWords.Date(document.Exported)} (UTC). {ExportDocument.Scope}\n\n");
        if (document.IsEmpty)
        {
            return text.Append("I don't keep anything about you at the moment.\n").ToString();
        }

        foreach (var section in document.Sections)
        {
            text.Append(CultureInfo.InvariantCulture, $"## {section.Title}\n\n_{section.About}_\n\n");
            foreach (var item in section.Items)
            {
                Item(text, item);
            }
        }

        return text.ToString();
    }

    private static void Item(StringBuilder text, ExportItem item)
    {
        text.Append(CultureInfo.InvariantCulture, $"### {item.Title}\n\n");
        foreach (var field in item.Fields)
        {
            // A value over several lines stays inside its list item.
            text.Append(CultureInfo.InvariantCulture, $"- **{field.Label}**: {field.Value.ReplaceLineEndings("\n").Replace("\n", "\n  ", StringComparison.Ordinal)}\n");
        }

        if (item.Fields.Count > 0)
        {
            text.Append('\n');
        }

        if (item.Document is { } document)
        {
            // The summary's own headings go below this record's, so the export keeps one outline.
            foreach (var line in document)
            {
                text.Append(line.StartsWith('#') ? "###" + line : line).Append('\n');
            }

            text.Append('\n');
        }

        if (item.Data is { } data)
        {
            text.Append("```json\n").Append(NestedJson.Pretty(data)).Append("\n```\n\n");
        }
    }
}
