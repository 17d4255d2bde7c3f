using CoproBot.Knowledge.Lookup;
using CoproBot.Knowledge.Model;

namespace CoproBot.Knowledge.Answers;

/// <summary>What several cases say alike about one feature: items (or sentences) whose content words mostly coincide.</summary>
/// <remarks>
/// Read from the table's own words, so "Rooted in mental health recovery principles" and "Rooted in mental health
/// recovery principles (connection, hope …)" are one item held by two cases, and nothing is claimed that the table
/// does not say. Two items coincide when most of the shorter one's content words are in the longer one.
/// </remarks>
internal static class SharedItems
{
    private const double Coinciding = 0.75;
    private const int FewestWords = 2;

    /// <summary>Each item held by more than one of the cases, with the cases that hold it, most widely held first.</summary>
    public static List<(string Item, List<CaseStudy> Cases)> Find(KnowledgeBase knowledge, IReadOnlyList<CaseStudy> cases, Feature feature)
    {
        var pieces = cases.Select(c => (Case: c, Items: Pieces(knowledge.Cell(c.Id, feature.Id)))).ToList();
        var shared = new List<(string Item, List<CaseStudy> Cases)>();
        for (var i = 0; i < pieces.Count; i++)
        {
            foreach (var item in pieces[i].Items)
            {
                var words = Words(item);
                if (words.Count < FewestWords || shared.Any(s => s.Cases.Contains(pieces[i].Case) && Coincide(Words(s.Item), words)))
                {
                    continue;
                }

                var holders = new List<CaseStudy> { pieces[i].Case };
                holders.AddRange(pieces.Skip(i + 1).Where(p => p.Items.Any(other => Coincide(words, Words(other)))).Select(p => p.Case));
                if (holders.Count > 1)
                {
                    shared.Add((Shorter(item, pieces.Where(p => holders.Contains(p.Case)).SelectMany(p => p.Items).Where(o => Coincide(words, Words(o)))), holders));
                }
            }
        }

        return [.. shared.OrderByDescending(s => s.Cases.Count)];
    }

    private static List<string> Pieces(CaseFeature cell) => cell.IsList ? [.. cell.Items.Select(i => i.Trim())] : CellUnits.Sentences(cell.Text ?? string.Empty);

    private static HashSet<string> Words(string text) =>
        [.. Tokenizer.Split(text).Select(w => w.Word).Where(w => !QuestionWords.Stop.Contains(w)).Select(WordForms.Stem)];

    private static bool Coincide(HashSet<string> a, HashSet<string> b)
    {
        var smaller = Math.Min(a.Count, b.Count);
        return smaller >= FewestWords && a.Count(b.Contains) >= Coinciding * smaller;
    }

    // The shared part is said in the shorter wording, which the longer one contains.
    private static string Shorter(string item, IEnumerable<string> alike) => alike.Append(item).OrderBy(s => s.Length).First();
}
