using System.Text.RegularExpressions;
using CoproBot.Knowledge.Meaning;

namespace CoproBot.Knowledge.Lookup;

/// <summary>The words a question is read in: French rendered as English, text-speak spelled out.</summary>
internal sealed partial class QuestionText(FrenchReading french)
{
    // Chat shorthand that spelling correction cannot recover: too short, or a different word altogether.
    private static readonly Dictionary<string, string> Shorthand = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ppl"] = "people",
        ["ppls"] = "people's",
        ["thru"] = "through",
        ["abt"] = "about",
        ["bout"] = "about",
        ["wat"] = "what",
        ["wot"] = "what",
        ["wht"] = "what",
        ["wats"] = "what is",
        ["whats"] = "what is",
        ["whos"] = "who is",
        ["hw"] = "how",
        ["r"] = "are",
        ["u"] = "you",
        ["ur"] = "your",
        ["n"] = "and",
        ["pls"] = "please",
        ["plz"] = "please",
        ["q"] = "question",
        ["qs"] = "questions",
        ["b4"] = "before",
        ["bc"] = "because",
        ["cos"] = "because",
        ["coz"] = "because",
        ["w/"] = "with",
        ["w"] = "with",
        ["y"] = "why",
        ["tho"] = "though",
        ["diff"] = "difference",
        ["info"] = "information",
        ["vs"] = "versus",
        ["v"] = "versus",
        ["govt"] = "government",
        ["dept"] = "department",
        ["org"] = "organisation",
    };

    public static bool IsFrench(string question) => LanguageGuess.Of(question) == "fr";

    public string Normalise(string question) => IsFrench(question) ? french.ToEnglish(question) : SpellOut(question);

    private static string SpellOut(string question) => ShorthandWord().Replace(question, match =>
    {
        var word = match.Value;
        if (word is "4" or "1")
        {
            // "case 4" names a case; "esther 4" and "the dundee 1" are text-speak.
            var before = question[..match.Index].TrimEnd();
            return CaseNumberBefore().IsMatch(before) ? word : word == "4" ? "for" : "one";
        }

        return Shorthand.TryGetValue(word, out var full) ? full : word;
    });

    [GeneratedRegex(@"(?<![\w'’])(?:[a-z]+/?|4|1)(?![\w'’])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ShorthandWord();

    [GeneratedRegex(@"\b(case|number|no|#)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CaseNumberBefore();
}
