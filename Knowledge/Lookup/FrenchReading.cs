using System.Globalization;
using System.Text;

namespace CoproBot.Knowledge.Lookup;

/// <summary>Reads a French question as English words, so it goes through the same lookup as an English one.</summary>
/// <remarks>
/// The sentence model reads English only, so French is read through curated words: a feature's French paraphrases
/// ("qui est visé", "mailles du filet") become the feature's own title, then the glossary turns the other words into
/// English ("principes" → "principles") and drops articles. Words it does not know (case names, English words in a
/// French sentence) are kept as they are. The result is rough English, good enough for names, synonyms and meaning.
/// </remarks>
internal sealed class FrenchReading
{
    private readonly (string[] French, string English)[] _phrases;
    private readonly Dictionary<string, string> _words;

    public FrenchReading(IEnumerable<(string French, string English)> phrases)
    {
        // Longest first, so "entre les mailles du filet" wins over "filet" and "questions directrices" over "questions".
        _phrases = [.. phrases
            .Select(p => (French: Words(p.French), p.English))
            .Where(p => p.French.Length > 0)
            .OrderByDescending(p => p.French.Length)];
        _words = _phrases.Where(p => p.French.Length == 1).GroupBy(p => p.French[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().English, StringComparer.Ordinal);
    }

    public string ToEnglish(string french)
    {
        // "fait-il participer", "évite-t-il": the inverted subject stands between the words of a phrase.
        var words = Words(french).Where(w => w is not ("il" or "elle" or "ils" or "elles" or "t" or "on")).ToArray();
        var english = new List<string>(words.Length);
        var i = 0;
        while (i < words.Length)
        {
            var match = Array.FindIndex(_phrases, p => Matches(words, i, p.French));
            if (match < 0)
            {
                if (Inflected(words[i]) is { } root && root.Length > 0)
                {
                    english.Add(root);
                }
                else if (Inflected(words[i]) is null)
                {
                    english.Add(words[i]);
                }

                i++;
                continue;
            }

            if (_phrases[match].English.Length > 0)
            {
                english.Add(_phrases[match].English);
            }

            i += _phrases[match].French.Length;
        }

        return string.Join(' ', english);
    }

    // "visées", "chroniques", "cibles": a plural or feminine form of a listed word reads as that word. Null when none is listed.
    private string? Inflected(string word)
    {
        foreach (var ending in (string[])["s", "x", "es", "e", "ees", "ee"])
        {
            if (word.Length > ending.Length + 3 && word.EndsWith(ending, StringComparison.Ordinal) && _words.TryGetValue(word[..^ending.Length], out var english))
            {
                return english;
            }
        }

        return null;
    }

    /// <summary>Lower case, accents removed, apostrophes and hyphens split: "D'ESTHER évite-t-il" reads "d esther evite t il".</summary>
    public static string[] Words(string text)
    {
        var folded = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var clean = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            clean.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return clean.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private static bool Matches(string[] words, int start, string[] phrase)
    {
        if (start + phrase.Length > words.Length)
        {
            return false;
        }

        for (var j = 0; j < phrase.Length; j++)
        {
            if (words[start + j] != phrase[j])
            {
                return false;
            }
        }

        return true;
    }
}
