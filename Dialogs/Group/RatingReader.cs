using CoproBot.Dialogs.Prompts;

namespace CoproBot.Dialogs.Group;

/// <summary>Reads a 1–5 rating the way the prompts do ("4", "four", "4/5"), plus the words people use for a scale.</summary>
public static class RatingReader
{
    // Longer than this, and a number in the text is more likely part of what someone is saying than a rating.
    private const int MaxWords = 6;

    private static readonly (string Words, int Rating)[] ScaleWords =
    [
        ("not at all", 1), ("never", 1), ("a little", 2), ("slightly", 2), ("barely", 2), ("rarely", 2),
        ("partly", 3), ("somewhat", 3), ("partially", 3), ("sometimes", 3), ("half", 3),
        ("mostly", 4), ("largely", 4), ("often", 4), ("fully", 5), ("completely", 5), ("totally", 5), ("always", 5),
    ];

    private static readonly NumberPrompt Reader = new("group-rating") { CustomRecognizer = Scale };

    public static int? Read(string text, string? locale)
    {
        if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxWords)
        {
            return null;
        }

        return Reader.Read(text, locale) is { } number && number is >= 1 and <= 5 && number == Math.Floor(number) ? (int)number : null;
    }

    private static double? Scale(string text, string? locale)
    {
        var words = " " + TextNormalizer.Normalize(text) + " ";
        return ScaleWords.Where(pair => words.Contains(" " + pair.Words + " ", StringComparison.Ordinal)).Select(pair => (double?)pair.Rating).FirstOrDefault();
    }
}
