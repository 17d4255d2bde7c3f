using CoproBot.Bot.Conversation;
using CoproBot.Dialogs.Languages;

namespace CoproBot.Bot.Privacy.Export;

/// <summary>Cuts an export into chat messages that every channel accepts whole, numbered so the person knows they have all of it.</summary>
/// <remarks>
/// Teams refuses a message of more than about 28 KB, and 8,000 characters stay under that even when every one takes
/// three bytes. Discord's own renderer splits further into embeds within its limits. Pieces break at paragraphs where
/// they can, and a code block cut in two is closed and opened again, so each message renders on its own.
/// </remarks>
public static class ExportMessages
{
    public const int MaxCharacters = 8000;
    private const string Fence = "```";

    public static IReadOnlyList<string> Split(string text, Language say, int limit = MaxCharacters)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(say);
        if (text.Length <= limit)
        {
            return [text];
        }

        // Room for the part heading and a fence closed and reopened.
        var pieces = TextSplitter.Split(text, limit - 64).ToList();
        var parts = new List<string>(pieces.Count);
        string? reopen = null;
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = (reopen is null ? string.Empty : reopen + "\n") + pieces[i];
            reopen = OpenFence(piece);
            var heading = "_" + say.Format(Phrase.ExportPart, i + 1, pieces.Count) + "_\n\n";
            parts.Add(heading + piece + (reopen is null ? string.Empty : "\n" + Fence));
        }

        return parts;
    }

    /// <summary>The fence line that opened a code block still open at the end of <paramref name="piece"/>, or null.</summary>
    private static string? OpenFence(string piece)
    {
        string? open = null;
        foreach (var line in piece.Split('\n'))
        {
            if (line.StartsWith(Fence, StringComparison.Ordinal))
            {
                open = open is null ? line.TrimEnd() : null;
            }
        }

        return open;
    }
}
