using System.Globalization;
using System.Text;

namespace CoproBot.Dialogs.Understanding;

/// <summary>One word of a message in comparable form (lower case, no accents), with where it stands in the original text.</summary>
internal readonly record struct MessageWord(string Text, int Start, int End);

/// <summary>Splits a message, or a phrase of the vocabulary, into comparable words, the same way for both.</summary>
internal static class MessageWords
{
    // French elided words ("l'approche", "d'avant", "qu'est-ce", "c'est") stand apart; English contractions ("don't",
    // "I'm", "let's") stay one word, so "dont" and "im" are what the vocabulary lists.
    private static readonly HashSet<string> Elided = new(StringComparer.Ordinal) { "l", "d", "j", "qu", "c", "n", "s", "m", "t", "jusqu", "lorsqu", "puisqu" };

    public static List<MessageWord> Split(string? text)
    {
        var words = new List<MessageWord>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        var current = new StringBuilder();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                if (start < 0)
                {
                    start = i;
                }

                current.Append(c);
                continue;
            }

            var apostrophe = c is '\'' or '\u2019' or '\u2018' or '`';
            if (apostrophe && start >= 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                var before = Comparable(current.ToString());
                if (!Elided.Contains(before))
                {
                    continue;
                }

                words.Add(new MessageWord(before, start, i));
                current.Clear();
                start = -1;
                continue;
            }

            if (start >= 0)
            {
                words.Add(new MessageWord(Comparable(current.ToString()), start, i));
                current.Clear();
                start = -1;
            }
        }

        return words;
    }

    /// <summary>Lower case without accents: "Réflexion" and "reflexion" are the same word.</summary>
    public static string Comparable(string word)
    {
        if (word.All(char.IsAscii))
        {
            return word.ToLowerInvariant();
        }

        var builder = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>The words joined by single spaces, for comparing whole messages.</summary>
    public static string Joined(IEnumerable<MessageWord> words) => string.Join(' ', words.Select(w => w.Text));
}
