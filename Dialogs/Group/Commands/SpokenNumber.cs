using CoproBot.Dialogs.Understanding;

namespace CoproBot.Dialogs.Group.Commands;

/// <summary>A step's or a parked topic's number as people say it: "2", "two" or "deux".</summary>
internal static class SpokenNumber
{
    // Matched, never said: the numbers a step or a topic is named by, in English and French.
    private static readonly string[][] Words =
    [
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"],
        ["un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"],
    ];

    /// <summary>The number, or 0 when the words are none.</summary>
    public static int Of(string words)
    {
        var word = MessageWords.Comparable(words.Trim());
        if (int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        // "une" is "un" as the number of a question ("la une").
        return word == "une" ? 1 : Words.Select(names => Array.IndexOf(names, word) + 1).FirstOrDefault(found => found > 0);
    }
}
