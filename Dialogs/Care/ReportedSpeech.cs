using System.Text.RegularExpressions;

namespace CoproBot.Dialogs.Care;

/// <summary>Takes out words the writer quotes from someone else ("she told us 'I felt like a burden'").</summary>
public static partial class ReportedSpeech
{
    public static string Without(string text) => Quoted().Replace(text, "$1 ");

    [GeneratedRegex("""\b((?:told|tell|tells|said|says|say|wrote|writes|write|quoted|shared|put it)(?:\s+(?:us|me|them|her|him))?\s*[:,]?\s*)["“‘'«]\s*[^"”’«»]{3,}?["”’»'](?=\s|[,.;:!?-]|$)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();
}
