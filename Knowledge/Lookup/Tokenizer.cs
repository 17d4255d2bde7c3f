namespace CoproBot.Knowledge.Lookup;

/// <summary>Splits text into lower-case words; hyphens, slashes and punctuation separate words.</summary>
internal static class Tokenizer
{
    private static readonly HashSet<string> ElidedFrench = new(StringComparer.Ordinal) { "d", "l", "j", "n", "s", "c", "m", "t", "qu", "jusqu", "lorsqu", "puisqu" };

    public static List<(int Start, int Length, string Word)> Split(string text)
    {
        var words = new List<(int, int, string)>();
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

                continue;
            }

            // An apostrophe inside a word ("what's", "ESTHER’s") ends the word; the suffix is dropped. French elides
            // the word before instead ("d'ESTHER", "l'approche"): there the word after the apostrophe is kept.
            if (start >= 0)
            {
                var word = text[start..i].ToLowerInvariant();
                var apostrophe = c is '\'' or '’' or '‘' && i + 1 < text.Length && char.IsLetter(text[i + 1]);
                start = -1;
                if (apostrophe && ElidedFrench.Contains(word))
                {
                    continue;
                }

                words.Add((i - word.Length, word.Length, word));
                if (apostrophe)
                {
                    while (i + 1 < text.Length && char.IsLetter(text[i + 1]))
                    {
                        i++;
                    }
                }
            }
        }

        return words;
    }
}
