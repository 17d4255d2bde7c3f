using CoproBot.Dialogs.Prompts;

namespace CoproBot.Dialogs.Group;

/// <summary>Names the modes and recognises them in what the facilitator says, through the prompts' choice recognizer.</summary>
public static class ModeReader
{
    public static readonly IReadOnlyList<Choice> Choices =
    [
        Choice.Of("Open", "open mode", "shown as they arrive", "as they come"),
        Choice.Of("Silent then reveal", "silent", "silently", "silent mode", "hidden", "private"),
        Choice.Of("Anonymous", "anonymously", "anon", "no names"),
        Choice.Of("Round robin", "round-robin", "in turn", "turns", "take turns", "one by one"),
    ];

    public static SessionMode? Read(string text, string? locale) =>
        ChoiceRecognizer.Default.Recognize(text, Choices, locale) is { } found ? (SessionMode)found.Index : null;

    /// <summary>A mode named anywhere in a longer sentence, such as "facilitate ESTHER anonymously".</summary>
    public static SessionMode? Mentioned(string text)
    {
        var words = " " + TextNormalizer.Normalize(text) + " ";
        for (var index = 0; index < Choices.Count; index++)
        {
            if (Choices[index].Synonyms.Append(Choices[index].Value).Any(name => words.Contains(" " + TextNormalizer.Normalize(name) + " ", StringComparison.Ordinal)))
            {
                return (SessionMode)index;
            }
        }

        return null;
    }

    public static string NameOf(SessionMode mode) => Choices[(int)mode].Value;
}
