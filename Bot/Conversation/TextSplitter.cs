namespace CoproBot.Bot.Conversation;

/// <summary>Splits long text into pieces within a limit, at paragraph, line or word breaks where it can; nothing is lost.</summary>
public static class TextSplitter
{
    public static IEnumerable<string> Split(string text, int limit)
    {
        var rest = text.AsMemory();
        while (rest.Length > limit)
        {
            var window = rest.Span[..limit];
            var cut = LastBreak(window, "\n\n", limit / 2);
            if (cut < 0)
            {
                cut = LastBreak(window, "\n", limit / 2);
            }

            if (cut < 0)
            {
                cut = LastBreak(window, " ", limit / 2);
            }

            if (cut < 0)
            {
                // No break in the second half: cut hard, but never between the halves of a surrogate pair.
                cut = char.IsHighSurrogate(window[limit - 1]) ? limit - 1 : limit;
            }

            var piece = rest[..cut].ToString().TrimEnd();
            if (piece.Length > 0)
            {
                yield return piece;
            }

            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            yield return rest.ToString();
        }
    }

    private static int LastBreak(ReadOnlySpan<char> window, string separator, int notBefore)
    {
        var at = window.LastIndexOf(separator.AsSpan(), StringComparison.Ordinal);
        return at >= notBefore ? at + separator.Length : -1;
    }
}
