using System.Text.RegularExpressions;
using CoproBot.Dialogs.Languages;

namespace CoproBot.Dialogs.Group;

/// <summary>The language a facilitator names when starting a session ("facilitate ESTHER en français", "… in English").</summary>
public static partial class SessionLanguage
{
    /// <summary>The words without the language named at their end, and that language, if one was.</summary>
    public static (string Words, Language? Language) Split(string words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var match = Named().Match(words);
        if (!match.Success)
        {
            return (words, null);
        }

        var language = match.Groups["fr"].Success ? Language.French : Language.English;
        return (words[..match.Index].TrimEnd(' ', ',', '-'), language);
    }

    // Matched, never said: the words a facilitator may add after the case's name.
    [GeneratedRegex(@"[\s,\-]+(?:(?<fr>en\s+fran[cç]ais|in\s+french)|en\s+anglais|in\s+english)\s*[.!]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Named();
}
