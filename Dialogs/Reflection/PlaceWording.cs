using System.Text.RegularExpressions;

namespace CoproBot.Dialogs.Reflection;

/// <summary>Finds questions written for one place ("… real in Dundee?") and asks them about the user's own place.</summary>
/// <remarks>Generic on purpose: any capitalised place after a final "in" counts, so new cases need no code.</remarks>
public static partial class PlaceWording
{
    /// <summary>The place a question names at its end, or null.</summary>
    public static string? Find(string question) =>
        EndingPlace().Match(question ?? string.Empty) is { Success: true } match ? match.Groups["place"].Value : null;

    /// <summary>The question about <paramref name="place"/> instead; unchanged when it names no place or none is given.</summary>
    public static string Adapt(string question, string? place)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (string.IsNullOrWhiteSpace(place) || EndingPlace().Match(question) is not { Success: true } match)
        {
            return question;
        }

        var group = match.Groups["place"];
        return string.Concat(question.AsSpan(0, group.Index), place.Trim(), question.AsSpan(group.Index + group.Length));
    }

    [GeneratedRegex(@"\bin\s+(?<place>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s*[?.!]*\s*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EndingPlace();
}
