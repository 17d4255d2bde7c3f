using System.Globalization;
using System.Text.RegularExpressions;

namespace CoproBot.Knowledge.Import;

/// <summary>Reads the source-table format: a header block of cases ("Case 1 ESTHER", or "Cas 1 ESTHER" in a French rendering), then one block per feature.</summary>
/// <remarks>
/// Blocks are separated by blank lines. A line starting with a tab (after optional spaces) starts a cell,
/// any other line continues the cell before it. A cell whose first line starts with "· " is a list,
/// each "· " starting an item. Words are kept exactly; only item markers and line ends are trimmed.
/// </remarks>
public static partial class SourceTableParser
{
    private const string ItemMarker = "· ";

    public static KnowledgeReadResult Parse(string text, CuratedVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var draft = new KnowledgeDraft();
        var blocks = ReadBlocks(text, draft);
        if (blocks.Count == 0)
        {
            draft.Error(1, KnowledgeErrorKind.Syntax, "The file is empty: expected a header row of cases.");
            return KnowledgeValidator.Build(draft, vocabulary);
        }

        ReadHeader(blocks[0], draft);
        foreach (var block in blocks.Skip(1))
        {
            ReadFeature(block, draft, vocabulary);
        }

        return KnowledgeValidator.Build(draft, vocabulary);
    }

    private static void ReadHeader(List<Cell> header, KnowledgeDraft draft)
    {
        // The first cell labels the column of feature titles ("Case features"); the rest are cases.
        for (var i = 1; i < header.Count; i++)
        {
            var cell = header[i];
            var name = string.Join(' ', cell.Lines).Trim();
            if (name.Length == 0)
            {
                draft.Error(cell.Line, KnowledgeErrorKind.EmptyCell, $"The header cell for case {i} is empty.");
                continue;
            }

            var match = NumberedCase().Match(name);
            var number = match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : i;
            var caseName = match.Success ? match.Groups[2].Value.Trim() : name;
            draft.Cases.Add(new CaseDraft(cell.Line, Slug.From(caseName), number, caseName, []));
        }

        if (header.Count < 2)
        {
            draft.Error(header[0].Line, KnowledgeErrorKind.Syntax, "The header row names no cases: expected a label cell and one cell per case.");
        }
    }

    private static void ReadFeature(List<Cell> block, KnowledgeDraft draft, CuratedVocabulary vocabulary)
    {
        var expected = draft.Cases.Count + 1;
        var title = string.Join(' ', block[0].Lines).Trim();
        if (block.Count != expected)
        {
            draft.Error(block[0].Line, KnowledgeErrorKind.RaggedBlock, $"The block '{title}' has {block.Count} cells; expected {expected}: a title and one per case.");
            return;
        }

        if (title.Length == 0)
        {
            draft.Error(block[0].Line, KnowledgeErrorKind.EmptyCell, "A feature block has an empty title.");
            return;
        }

        var featureId = vocabulary.FeatureId(title) ?? Slug.From(title);
        draft.Features.Add(new FeatureDraft(block[0].Line, featureId, title, []));
        for (var i = 1; i < block.Count; i++)
        {
            var cell = block[i];
            var caseId = draft.Cases[i - 1].Id;
            var items = cell.Lines[0].StartsWith(ItemMarker, StringComparison.Ordinal) ? ReadItems(cell.Lines) : [];
            var text = items.Count > 0 ? null : string.Join('\n', cell.Lines);
            draft.Cells.Add(new CellDraft(cell.Line, caseId, featureId, text, items));
        }
    }

    private static List<string> ReadItems(List<string> lines)
    {
        var items = new List<string>();
        foreach (var line in lines)
        {
            if (line.StartsWith(ItemMarker, StringComparison.Ordinal))
            {
                items.Add(line[ItemMarker.Length..]);
            }
            else
            {
                items[^1] += "\n" + line;
            }
        }

        return items;
    }

    private static List<List<Cell>> ReadBlocks(string text, KnowledgeDraft draft)
    {
        var blocks = new List<List<Cell>>();
        List<Cell>? block = null;
        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].TrimEnd('\r');
            var number = index + 1;

            // A lone tab is an empty cell, not a blank line.
            if (line.Trim(' ').Length == 0)
            {
                block = null;
                continue;
            }

            var trimmed = line.TrimStart(' ');
            if (trimmed.StartsWith('\t'))
            {
                if (block is null)
                {
                    block = [];
                    blocks.Add(block);
                }

                block.Add(new Cell(number, [trimmed[1..].TrimEnd()]));
            }
            else if (block is null)
            {
                draft.Error(number, KnowledgeErrorKind.Syntax, "A block must start with a cell (a line beginning with a tab).");
            }
            else
            {
                block[^1].Lines.Add(line.TrimEnd());
            }
        }

        return blocks;
    }

    [GeneratedRegex(@"^(?:case|cas)\s+(\d+)\s*[:.\-–]?\s*(\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberedCase();

    private sealed record Cell(int Line, List<string> Lines);
}
