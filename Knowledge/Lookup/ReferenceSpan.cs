namespace CoproBot.Knowledge.Lookup;

/// <summary>Finds where a question points at a case by what it is rather than by name: "the peer-led one", "the one with the courses".</summary>
/// <remarks>
/// The words of the description say which case is meant, not what is asked about it, so they are kept apart from
/// the feature words: in "the one that started with older patients, what do they ask?" the feature is the question.
/// </remarks>
internal static class ReferenceSpan
{
    private static readonly HashSet<string> Nouns = new(StringComparer.Ordinal) { "one", "case", "project", "initiative", "programme", "program", "scheme", "example" };

    private static readonly HashSet<string> Relatives = new(StringComparer.Ordinal) { "that", "which", "who", "with", "about", "where", "focused", "based", "built", "for", "from", "in", "run" };

    private static readonly HashSet<string> Breaks = new(StringComparer.Ordinal) { "how", "what", "who", "whom", "why", "when", "does", "do", "did", "is", "are", "was", "tell", "give", "show", "and", "compared", "versus" };

    /// <summary>The token positions of the description, or none.</summary>
    public static List<int> Find(string text, IReadOnlyList<Token> tokens)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (!Nouns.Contains(tokens[k].Word) || (k > 0 && tokens[k - 1].Word is "which" or "each" or "every" or "this" or "that" or "any" or "other"))
            {
                continue;
            }

            // "the peer-led one", "the serious fun one": describing words between "the" and the noun.
            var before = new List<int>();
            var described = new List<int>();
            for (var i = k - 1; i >= 0 && before.Count < 4 && IsDescribing(tokens[i].Word) && !PunctuationBetween(text, tokens[i], tokens[i + 1]); i--)
            {
                before.Insert(0, i);
                if (AfterThe(text, tokens, i))
                {
                    described = [.. before];
                }
            }

            if (described.Count > 0)
            {
                return described;
            }

            // "the one that started with older patients," "the one with the courses –": a clause after the noun.
            if (k + 1 < tokens.Count && Relatives.Contains(tokens[k + 1].Word) && !PunctuationBetween(text, tokens[k], tokens[k + 1]))
            {
                var after = new List<int>();
                for (var i = k + 1; i < tokens.Count && !(i > k + 1 && (Breaks.Contains(tokens[i].Word) || PunctuationBetween(text, tokens[i - 1], tokens[i]))); i++)
                {
                    after.Add(i);
                }

                if (after.Count > 1)
                {
                    return after;
                }
            }
        }

        return [];
    }

    private static bool IsDescribing(string word) =>
        word.Length > 1 && !char.IsDigit(word[0]) && !QuestionWords.Stop.Contains(word) && !Breaks.Contains(word) && !QuestionWords.Ordinals.Contains(word);

    private static bool AfterThe(string text, IReadOnlyList<Token> tokens, int i)
    {
        var from = i > 0 ? tokens[i - 1].Start + tokens[i - 1].Length : 0;
        var gap = text[from..tokens[i].Start].Trim().ToLowerInvariant();
        return gap.EndsWith("the", StringComparison.Ordinal) && (gap.Length == 3 || !char.IsLetter(gap[^4]));
    }

    private static bool PunctuationBetween(string text, Token left, Token right)
    {
        for (var i = left.Start + left.Length; i < right.Start && i < text.Length; i++)
        {
            if (text[i] is ',' or ';' or ':' or '?' or '!' or '.' or '–' or '—' or '(' or ')')
            {
                return true;
            }
        }

        return false;
    }
}
