using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;

namespace CoproBot.Knowledge.Lookup;

/// <summary>Reads case numbers written as ordinals or numbers: "the second case", "case three", "the 3rd one", "the last case".</summary>
/// <remarks>
/// A number only names a case next to a case noun: an ordinal before it ("second case"), a number after it ("case 3").
/// A number before a plural noun counts cases instead ("the three cases") and is ignored.
/// The recognizer models are built once; building them per question would cost more than the whole lookup.
/// </remarks>
internal sealed class CaseNumberReader
{
    private static readonly Lazy<(IModel Ordinal, IModel Number)> Models = new(() =>
    {
        var recognizer = new NumberRecognizer(Culture.English);
        return (recognizer.GetOrdinalModel(Culture.English), recognizer.GetNumberModel(Culture.English));
    });

    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "last", "final",
    };

    /// <summary>The case numbers the question names, with the token each was written at.</summary>
    public static List<(int Number, int Token)> Read(string question, IReadOnlyList<Token> tokens, int caseCount)
    {
        var numbers = new List<(int Number, int Token)>();

        // Cheap pre-check: the recognizers are only worth running next to a case noun and a number-like word.
        if (!tokens.Any(t => QuestionWords.CaseNouns.Contains(t.Form)) || !tokens.Any(t => NumberWords.Contains(t.Word) || char.IsDigit(t.Word[0])))
        {
            return numbers;
        }

        foreach (var result in Models.Value.Ordinal.Parse(question))
        {
            var after = TokenAt(tokens, result.End + 1, forward: true);
            if (after is { } next && NounAhead(tokens, next) && Ordinal(result, caseCount) is { } ordinal)
            {
                numbers.Add((ordinal, TokenAt(tokens, result.Start, forward: true) ?? next));
            }
        }

        foreach (var result in Models.Value.Number.Parse(question))
        {
            var before = TokenAt(tokens, result.Start - 1, forward: false);
            if (before is { } previous && IsCaseNounOrNumberWord(tokens, previous) && Value(result) is { } number)
            {
                numbers.Add((number, TokenAt(tokens, result.Start, forward: true) ?? previous));
            }
        }

        return numbers;
    }

    // "the second case", and "the second and third cases": ordinals joined by "and" share the noun after the last one.
    private static bool NounAhead(IReadOnlyList<Token> tokens, int next)
    {
        var j = next;
        while (j + 1 < tokens.Count && tokens[j].Word is "and" or "or" && NumberWords.Contains(tokens[j + 1].Word))
        {
            j += 2;
        }

        return QuestionWords.CaseNouns.Contains(j == next ? tokens[j].Word : tokens[j].Form);
    }

    private static bool IsCaseNounOrNumberWord(IReadOnlyList<Token> tokens, int index) =>
        tokens[index].Word is "case" or "initiative" or "project" or "example" or "study" ||
        (tokens[index].Word is "number" or "no" && index > 0 && tokens[index - 1].Word == "case");

    private static int? Ordinal(ModelResult result, int caseCount)
    {
        if (result.Resolution.TryGetValue("relativeTo", out var relative) && relative as string == "end")
        {
            return result.Resolution.TryGetValue("offset", out var offset) && int.TryParse(offset as string, CultureInfo.InvariantCulture, out var back) ? caseCount - back : caseCount;
        }

        return Value(result);
    }

    private static int? Value(ModelResult result) =>
        result.Resolution.TryGetValue("value", out var value) && int.TryParse(value as string, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>The index of the nearest token at or after (or before) a character offset.</summary>
    private static int? TokenAt(IReadOnlyList<Token> tokens, int offset, bool forward)
    {
        if (forward)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Start >= offset && !QuestionWords.Articles.Contains(tokens[i].Word))
                {
                    return i;
                }
            }

            return null;
        }

        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            if (tokens[i].Start + tokens[i].Length <= offset + 1)
            {
                return i;
            }
        }

        return null;
    }
}
