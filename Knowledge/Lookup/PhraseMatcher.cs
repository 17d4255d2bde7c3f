namespace CoproBot.Knowledge.Lookup;

/// <summary>What a phrase stands for: a case (by alias) or a feature (by synonym).</summary>
internal enum PhraseKind
{
    Case,
    Feature,
}

/// <summary>A phrase people use, as word forms; "*" stands for up to three words in between.</summary>
internal sealed record Phrase(PhraseKind Kind, string TargetId, string[] Forms)
{
    public const string Gap = "*";
    public const int MaxGap = 3;

    public int LiteralCount { get; } = Forms.Count(f => f != Gap);
}

/// <summary>A phrase found in a question, with the token positions its words took.</summary>
internal sealed record PhraseMatch(Phrase Phrase, int[] Positions, bool Corrected);

/// <summary>Finds alias and synonym phrases in a question, longest first, without two claiming one word.</summary>
internal sealed class PhraseMatcher
{
    private readonly Dictionary<string, List<Phrase>> _byFirstForm = new(StringComparer.Ordinal);

    public PhraseMatcher(IEnumerable<Phrase> phrases)
    {
        foreach (var phrase in phrases.Where(p => p.LiteralCount > 0 && p.Forms[0] != Phrase.Gap && p.Forms[^1] != Phrase.Gap))
        {
            if (!_byFirstForm.TryGetValue(phrase.Forms[0], out var list))
            {
                _byFirstForm[phrase.Forms[0]] = list = [];
            }

            if (!list.Any(p => p.Kind == phrase.Kind && p.TargetId == phrase.TargetId && p.Forms.SequenceEqual(phrase.Forms)))
            {
                list.Add(phrase);
            }
        }
    }

    /// <summary>The non-overlapping matches: more matched words win, then the earlier phrase.</summary>
    public List<PhraseMatch> Match(IReadOnlyList<Token> tokens)
    {
        var found = new List<PhraseMatch>();
        for (var start = 0; start < tokens.Count; start++)
        {
            if (!_byFirstForm.TryGetValue(tokens[start].Form, out var candidates))
            {
                continue;
            }

            foreach (var phrase in candidates)
            {
                var positions = new int[phrase.LiteralCount];
                if (TryMatch(phrase, tokens, start, positions))
                {
                    found.Add(new PhraseMatch(phrase, positions, positions.Any(p => tokens[p].Corrected)));
                }
            }
        }

        var taken = new HashSet<int>();
        var chosen = new List<PhraseMatch>();
        foreach (var match in found.OrderByDescending(m => m.Phrase.LiteralCount).ThenBy(m => m.Positions[^1] - m.Positions[0]).ThenBy(m => m.Positions[0]))
        {
            if (!match.Positions.Any(taken.Contains))
            {
                taken.UnionWith(match.Positions);
                chosen.Add(match);
            }
        }

        return chosen;
    }

    private static bool TryMatch(Phrase phrase, IReadOnlyList<Token> tokens, int start, int[] positions)
    {
        var position = start;
        var literal = 0;
        for (var i = 0; i < phrase.Forms.Length; i++)
        {
            if (phrase.Forms[i] == Phrase.Gap)
            {
                // Let the gap swallow the fewest words that let the rest of the phrase match.
                var next = phrase.Forms[i + 1];
                var limit = Math.Min(tokens.Count, position + Phrase.MaxGap + 1);
                while (position < limit && tokens[position].Form != next)
                {
                    position++;
                }

                if (position >= limit)
                {
                    return false;
                }

                continue;
            }

            if (position >= tokens.Count || tokens[position].Form != phrase.Forms[i])
            {
                return false;
            }

            positions[literal++] = position++;
        }

        return true;
    }
}
