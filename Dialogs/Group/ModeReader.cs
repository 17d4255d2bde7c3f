using CoproBot.Dialogs.Languages;
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

    /// <summary>The mode's name as it is said and shown on its button in a language.</summary>
    public static string NameOf(SessionMode mode, Language say)
    {
        ArgumentNullException.ThrowIfNull(say);
        return say[mode switch
        {
            SessionMode.Open => Phrase.GroupModeNameOpen,
            SessionMode.Silent => Phrase.GroupModeNameSilent,
            SessionMode.Anonymous => Phrase.GroupModeNameAnonymous,
            _ => Phrase.GroupModeNameRoundRobin,
        }];
    }

    /// <summary>Every mode's name in a language, in the order of <see cref="SessionMode"/>: the buttons that choose one.</summary>
    public static IReadOnlyList<string> Names(Language say) => [.. Enum.GetValues<SessionMode>().Select(mode => NameOf(mode, say))];
}
