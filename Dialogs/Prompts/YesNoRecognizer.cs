using CoproBot.Dialogs.Understanding;

namespace CoproBot.Dialogs.Prompts;

/// <summary>Reads yes or no from everyday answers ("yep", "sure", "not really", "n"); unsure answers are neither.</summary>
/// <remarks>The words are the vocabulary's meanings <c>yes</c>, <c>no</c> and <c>unsure</c>; this adds typos and first words ("sure, go on").</remarks>
public static class YesNoRecognizer
{
    private static readonly string[] Unsure = [.. Phrases(MeaningKind.Unsure)];

    private static readonly IReadOnlyList<Choice> Answers =
    [
        Choice.Of("yes", [.. Phrases(MeaningKind.Yes)]),
        Choice.Of("no", [.. Phrases(MeaningKind.No)]),
    ];

    // Whole-word matching alone would read "not sure" as "sure", so only the start of an answer counts.
    private static readonly ChoiceRecognizer Matcher = new() { AllowOrdinals = false };

    /// <summary>True for yes, false for no, null when the answer is neither or both.</summary>
    public static bool? Recognize(string? text)
    {
        var answer = TextNormalizer.Normalize(text);
        if (answer.Length == 0 || Unsure.Any(u => answer == u || answer.StartsWith(u + " ", StringComparison.Ordinal)))
        {
            return null;
        }

        var match = Matcher.Recognize(answer, Answers) is { Kind: ChoiceMatchKind.Exact or ChoiceMatchKind.Synonym or ChoiceMatchKind.Typo } whole
            ? whole
            : Opening(answer);
        return match is null ? null : match.Index == 0;
    }

    private static IEnumerable<string> Phrases(MeaningKind kind) =>
        MeaningVocabulary.Shipped.Phrases(kind).Select(TextNormalizer.Normalize).Distinct(StringComparer.Ordinal);

    // "yes please", "no, not today", "sure thing": the first words carry the answer.
    private static FoundChoice? Opening(string answer)
    {
        var words = answer.Split(' ');
        for (var count = Math.Min(3, words.Length - 1); count >= 1; count--)
        {
            var start = string.Join(' ', words.Take(count));
            if (Matcher.Recognize(start, Answers) is { Kind: ChoiceMatchKind.Exact or ChoiceMatchKind.Synonym } found)
            {
                return found;
            }
        }

        return null;
    }
}
