using CoproBot.Knowledge.Model;

namespace CoproBot.Knowledge.Lookup;

/// <summary>One piece of a cell that a question can be near: the whole cell, one item, one sentence, or one clause of it.</summary>
/// <remarks>Quote is what an answer quotes when this piece is what was asked about: the item, or the whole sentence of a clause.</remarks>
internal sealed record CellUnit(int Cell, string Text, string Quote);

/// <summary>Cuts cells into the pieces questions are compared with.</summary>
/// <remarks>
/// A short question is nearest to a short piece: "who asks patients for feedback" is far from a cell of sixty words but
/// near its clause "to provide feedback based on their experiences". Clauses shorter than three words say too little.
/// </remarks>
internal static class CellUnits
{
    private const int FewestClauseWords = 3;

    public static List<CellUnit> Of(IReadOnlyList<CaseFeature> cells)
    {
        var units = new List<CellUnit>();
        for (var c = 0; c < cells.Count; c++)
        {
            var cell = cells[c];
            var whole = Flatten(cell.SearchText);
            units.Add(new CellUnit(c, whole, whole));
            var sentences = cell.IsList ? [.. cell.Items.Select(Flatten)] : Sentences(whole);
            foreach (var sentence in sentences.Where(s => sentences.Count > 1))
            {
                units.Add(new CellUnit(c, sentence, sentence));
            }

            foreach (var sentence in sentences)
            {
                var clauses = Clauses(sentence);
                foreach (var clause in clauses.Where(_ => clauses.Count > 1))
                {
                    units.Add(new CellUnit(c, clause, sentence));
                }
            }
        }

        return units;
    }

    /// <summary>The sentences of a text, each with its own full stop, as written.</summary>
    public static List<string> Sentences(string text)
    {
        var parts = text.Split(". ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return [.. parts.Select((s, i) => i < parts.Length - 1 ? s + "." : s)];
    }

    private static List<string> Clauses(string sentence)
    {
        var clauses = new List<string>();
        var pending = string.Empty;
        foreach (var part in sentence.Split([", ", " and then ", " then ", " – ", " - "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // A clause too short to mean much joins its neighbour: "Initially, people with…" stays one piece.
            var clause = pending.Length > 0 ? pending + ", " + part : part;
            if (WordCount(clause) < FewestClauseWords)
            {
                if (clauses.Count > 0)
                {
                    clauses[^1] += ", " + clause;
                }
                else
                {
                    pending = clause;
                }

                continue;
            }

            pending = string.Empty;
            clauses.Add(clause);
        }

        if (pending.Length > 0)
        {
            clauses.Add(pending);
        }

        return clauses;
    }

    private static string Flatten(string text) => string.Join(' ', text.Split(['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
