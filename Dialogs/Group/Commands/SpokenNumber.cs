using System.Globalization;

namespace CoproBot.Dialogs.Group.Commands;

/// <summary>A step's or a parked topic's number as people say it: "2" or "two".</summary>
internal static class SpokenNumber
{
    private static readonly string[] Words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    /// <summary>The number, or 0 when the words are none.</summary>
    public static int Of(string words) =>
        int.TryParse(words, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : Array.IndexOf(Words, words.Trim().ToLowerInvariant()) + 1;
}
