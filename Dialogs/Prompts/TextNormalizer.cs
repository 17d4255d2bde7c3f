using System.Globalization;
using System.Text;

namespace CoproBot.Dialogs.Prompts;

/// <summary>Brings answers and options to one comparable form: lower case, no accents or punctuation, single spaces.</summary>
internal static class TextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether <paramref name="phrase"/> occurs in <paramref name="text"/> as whole words.</summary>
    public static bool ContainsPhrase(string text, string phrase) =>
        phrase.Length > 0 && $" {text} ".Contains($" {phrase} ", StringComparison.Ordinal);

    /// <summary>Optimal string alignment distance (insertions, deletions, substitutions and swapped neighbours), or
    /// <paramref name="most"/> + 1 as soon as it is certain to be more than <paramref name="most"/>.</summary>
    /// <remarks>Three rolling rows instead of a whole matrix: typo matching runs on every answer a prompt reads.</remarks>
    public static int EditDistance(string a, string b, int most = int.MaxValue - 1)
    {
        if (Math.Abs(a.Length - b.Length) > most)
        {
            return most + 1;
        }

        var width = b.Length + 1;
        Span<int> rows = width * 3 <= 768 ? stackalloc int[width * 3] : new int[width * 3];
        var beforeLast = rows[..width];
        var last = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++)
        {
            last[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowBest = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(last[j] + 1, current[j - 1] + 1), last[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, beforeLast[j - 2] + 1);
                }

                current[j] = value;
                rowBest = Math.Min(rowBest, value);
            }

            if (rowBest > most)
            {
                return most + 1;
            }

            var spare = beforeLast;
            beforeLast = last;
            last = current;
            current = spare;
        }

        return Math.Min(last[b.Length], most + 1);
    }
}
