namespace CoproBot.Dialogs.Reflection;

/// <summary>The words people rate with, on the 1–5 scale of the principles: "mostly" is 4.</summary>
public static class RatingScale
{
    // Longer phrases first, so "not at all" is never read as something else.
    private static readonly (string Phrase, int Score)[] Words =
    [
        ("not at all", 1), ("not really", 1), ("barely", 1),
        ("a little", 2), ("slightly", 2), ("a bit", 2),
        ("somewhat", 3), ("partly", 3), ("partially", 3), ("moderately", 3),
        ("mostly", 4), ("largely", 4), ("very well", 4),
        ("fully", 5), ("completely", 5), ("entirely", 5), ("totally", 5),
    ];

    public static string Legend => "1 not at all, 2 a little, 3 somewhat, 4 mostly, 5 fully";

    /// <summary>The score a word or phrase stands for; null when the text holds none, so numbers are read as usual.</summary>
    public static double? Read(string text, string? locale)
    {
        var words = " " + new string([.. (text ?? string.Empty).ToLowerInvariant().Select(c => char.IsLetter(c) ? c : ' ')]) + " ";
        foreach (var (phrase, score) in Words)
        {
            if (words.Contains(" " + phrase + " ", StringComparison.Ordinal))
            {
                return score;
            }
        }

        return null;
    }
}
