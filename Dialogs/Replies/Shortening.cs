namespace CoproBot.Dialogs.Replies;

/// <summary>Text fitted to a channel's or a picture's limit: cut with an ellipsis, never inside a character.</summary>
public static class Shortening
{
    /// <summary><paramref name="text"/> whole when it fits in <paramref name="max"/> UTF-16 units, else cut to end with "…" within them.</summary>
    /// <remarks>An emoji or another character outside the basic plane takes two units; the cut never splits one.</remarks>
    public static string ShortenTo(this string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        if (text.Length <= max)
        {
            return text;
        }

        var keep = max - 1;
        if (keep > 0 && char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return text[..keep] + "…";
    }
}
