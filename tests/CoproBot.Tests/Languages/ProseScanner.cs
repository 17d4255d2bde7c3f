using System.Text.RegularExpressions;

namespace CoproBot.Tests.Languages;

/// <summary>Finds string literals in C# source that read like prose: three words or more, made of letters.</summary>
/// <remarks>
/// What is not said to people is passed over by its line: comments, log templates in [LoggerMessage] attributes,
/// exceptions for developers and regular expressions. Everything else that reads like prose must come from a catalogue,
/// or be listed in <c>english-only.txt</c> with the reason it is there.
/// </remarks>
internal static partial class ProseScanner
{
    public static IEnumerable<string> Literals(string source)
    {
        foreach (var raw in source.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("//", StringComparison.Ordinal) || line.StartsWith('*') || NotSaid().IsMatch(line))
            {
                continue;
            }

            foreach (Match literal in Literal().Matches(line))
            {
                var text = literal.Groups[1].Value;
                if (Prose().IsMatch(text))
                {
                    yield return text;
                }
            }
        }
    }

    // Log templates, exceptions, regular expressions, attribute descriptions for developers.
    [GeneratedRegex(@"\[LoggerMessage|Message\s*=\s*""|throw new|Exception\(|GeneratedRegex|ErrorMessage\s*=|\[Description\(")]
    private static partial Regex NotSaid();

    [GeneratedRegex(@"\$?@?""((?:[^""\\]|\\.)*)""")]
    private static partial Regex Literal();

    [GeneratedRegex(@"\p{L}{2,}[^\p{L}{}]+\p{L}{2,}[^\p{L}{}]+\p{L}{2,}")]
    private static partial Regex Prose();
}
