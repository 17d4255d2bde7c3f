using System.Globalization;
using System.Text;
using CoproBot.Dialogs.Languages;

namespace CoproBot.Bot.Privacy.Export;

/// <summary>The export as a Markdown document: a heading per kind of record, a sub-heading per record, its values as a list.</summary>
public static class ExportMarkdown
{
    public static string Render(ExportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new StringBuilder();
        var exported = document.Say.Format(Phrase.ExportExported, ExportWords.Date(document.Exported));
        text.Append(CultureInfo.InvariantCulture, $"# {document.Title}\n\n{exported} {document.Scope}\n\n");
        if (document.IsEmpty)
        {
            return text.Append(document.Say[Phrase.ExportNothingKept]).Append('\n').ToString();
        }

        foreach (var section in document.Sections)
        {
            text.Append(CultureInfo.InvariantCulture, $"## {section.Title}\n\n_{section.About}_\n\n");
            foreach (var item in section.Items)
            {
                Item(document.Say, text, item);
            }
        }

        return text.ToString();
    }

    private static void Item(Language say, StringBuilder text, ExportItem item)
    {
        text.Append(CultureInfo.InvariantCulture, $"### {item.Title}\n\n");
        foreach (var field in item.Fields)
        {
            // A value over several lines stays inside its list item.
            var value = field.Value.ReplaceLineEndings("\n").Replace("\n", "\n  ", StringComparison.Ordinal);
            text.Append("- ").Append(say.Format(Phrase.ExportField, field.Label, value)).Append('\n');
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
