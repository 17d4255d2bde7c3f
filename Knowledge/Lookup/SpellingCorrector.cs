using CoproBot.Knowledge.Meaning;

namespace CoproBot.Knowledge.Lookup;

/// <summary>Reads a misspelt word as the closest word the knowledge knows, within the allowed typos.</summary>
internal sealed class SpellingCorrector
{
    private readonly HashSet<string> _known;
    private readonly (string Word, int Rank)[] _targets;
    private readonly IWordList? _everyday;

    /// <param name="targets">Words worth correcting into, most important first (names and synonyms before text words).</param>
    /// <param name="alsoKnown">Words that are spelt right but never targets (common English).</param>
    /// <param name="everyday">A word list of the language: a word in it is spelt right ("order" is not a misspelt "older").</param>
    public SpellingCorrector(IEnumerable<string> targets, IEnumerable<string> alsoKnown, IWordList? everyday = null)
    {
        _everyday = everyday;
        var ranked = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in targets)
        {
            ranked.TryAdd(word, ranked.Count);
        }

        _targets = ranked.Select(p => (p.Key, p.Value)).Where(p => p.Key.Length >= 3).ToArray();
        _known = new HashSet<string>(ranked.Keys, StringComparer.Ordinal);
        _known.UnionWith(alsoKnown);
    }

    public bool IsKnown(string word) => _known.Contains(word);

    public string? Correct(string word)
    {
        var allowed = EditDistance.Allowed(word.Length);
        if (allowed == 0 || _known.Contains(word) || word.Any(char.IsDigit) || _everyday?.Contains(word) == true)
        {
            return null;
        }

        string? best = null;
        var bestDistance = allowed + 1;
        var bestRank = int.MaxValue;
        foreach (var (target, rank) in _targets)
        {
            // A target much shorter than the typo could only match a different, shorter word.
            if (Math.Abs(target.Length - word.Length) > allowed || EditDistance.Allowed(target.Length) == 0)
            {
                continue;
            }

            // Both words must be long enough for the typos: "football" is not a misspelt "esther".
            var limit = Math.Min(allowed, EditDistance.Allowed(target.Length));
            var distance = EditDistance.Between(word, target, limit);
            if (distance > limit)
            {
                continue;
            }

            if (distance < bestDistance || (distance == bestDistance && rank < bestRank))
            {
                (best, bestDistance, bestRank) = (target, distance, rank);
            }
        }

        return bestDistance <= allowed ? best : null;
    }
}
