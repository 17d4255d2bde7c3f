using System.Text.RegularExpressions;

namespace CoproBot.Dialogs.Prompts;

/// <summary>The hour a message writes with digits ("22 h", "à 10 h 30", "15:00"), which settles whether it means morning or evening.</summary>
/// <remarks>
/// The recognizers read every hour as either half of the day: French "demain à 22 h" comes back as 10:00 or 22:00, and
/// "à 10 h" as 10:00 or 22:00. An hour from 13 to 23, or 0, can only be the 24-hour clock's, in any language. French
/// writes the time on the 24-hour clock, so there "10 h" is ten in the morning; its early hours (1 to 6) stay open, as a
/// reminder at three in the morning is rarely what "à 3 h" meant, and the person is asked. A duration ("dans 3 heures",
/// "in 10 hours") is not a time of day, and words for the evening ("du soir", "pm") leave the reading to the recognizer.
/// </remarks>
internal static partial class WrittenHour
{
    /// <summary>The hour of the day the text settles, or null when it leaves morning or evening open.</summary>
    /// <param name="text">The person's words.</param>
    /// <param name="twentyFourHourClock">Whether the language writes times on the 24-hour clock (French).</param>
    public static int? Of(string text, bool twentyFourHourClock)
    {
        if (HalfOfTheDay().IsMatch(text))
        {
            return null;
        }

        var hours = Hour().Matches(text).Select(match => int.Parse(match.Groups["hour"].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
        if (hours is not [var hour] || hour > 23)
        {
            return null;
        }

        return hour is 0 or >= 13 || (twentyFourHourClock && hour >= 7) ? hour : null;
    }

    // Words matched, never said: a time of day written with digits, not after "dans"/"in"/"within" (a duration).
    [GeneratedRegex(@"(?<!\b(?:dans|in|within|d'ici|sous)\s+)(?<![\d:])(?<hour>\d{1,2})\s*(?:h(?![a-z])|h(?=\d)|heures?\b|:[0-5]\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hour();

    [GeneratedRegex(@"\b(?:du soir|de l['’]apr[eè]s-midi|du matin)\b|\d\s*[ap]\.?m\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HalfOfTheDay();
}
