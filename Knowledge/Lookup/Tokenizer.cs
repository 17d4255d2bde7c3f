namespace CoproBot.Knowledge.Lookup;

/// <summary>Splits text into lower-case words; hyphens, slashes and punctuation separate words.</summary>
internal static class Tokenizer
{
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

            // An apostrophe inside a word ("what's", "ESTHER’s") ends the word; the suffix is dropped.
            if (start >= 0)
            {
                words.Add((start, i - start, text[start..i].ToLowerInvariant()));
                start = -1;
                if (c is '\'' or '’' or '‘' && i + 1 < text.Length && char.IsLetter(text[i + 1]))
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
