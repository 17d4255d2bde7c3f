using System.Globalization;
using System.Text.RegularExpressions;

namespace CoproBot.Knowledge.Import;

/// <summary>The aliases every case and feature gets from its names alone, so new ones are askable at once.</summary>
internal static partial class Aliases
{
    public static IEnumerable<string> ForCase(string id, int number, string name)
    {
        yield return name.ToLowerInvariant();
        yield return id.Replace('-', ' ');
        yield return string.Create(CultureInfo.InvariantCulture, $"case {number}");
        yield return $"the {OrdinalWords.For(number)} case";
    }

    public static IEnumerable<string> ForFeature(string title)
    {
        yield return title.ToLowerInvariant();
        yield return Parenthesised().Replace(title, string.Empty).Trim().ToLowerInvariant();
    }

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthesised();
}
