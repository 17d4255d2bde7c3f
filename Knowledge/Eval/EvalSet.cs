namespace CoproBot.Knowledge.Eval;

/// <summary>Reads the eval TSV: question, expected case ids, acceptable feature ids (<c>*</c> any, <c>-</c> none); # starts a comment.</summary>
/// <remarks>A comment starting <c># ===</c> opens a section, named by its text without the equals signs.</remarks>
public static class EvalSet
{
    private const string SectionMark = "# ===";

    public static List<EvalQuestion> Parse(string tsv)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var questions = new List<EvalQuestion>();
        var lines = tsv.Split('\n');
        var section = string.Empty;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.StartsWith(SectionMark, StringComparison.Ordinal))
            {
                section = line.TrimStart('#').Trim().Trim('=').Trim();
                continue;
            }

            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 3)
            {
                throw new FormatException($"Eval line {i + 1} has {columns.Length} columns; expected question, cases and features.");
            }

            var features = columns[2].Trim();
            questions.Add(new EvalQuestion(i + 1, columns[0].Trim(), Ids(columns[1]), features == "*" ? new HashSet<string>() : Ids(features), features == "*", section));
        }

        return questions;
    }

    private static HashSet<string> Ids(string column) =>
        column.Trim() == "-" ? [] : column.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
}
