using CoproBot.Dialogs.Languages;
using CoproBot.Dialogs.Prompts;

namespace CoproBot.Dialogs.Group;

/// <summary>Names the modes and recognises them in what the facilitator says, through the prompts' choice recognizer.</summary>
/// <remarks>
/// A mode is recognised in English and in French whatever the session speaks, so a facilitator can press a button
/// shown in the session's language or type the mode in their own.
/// </remarks>
public static class ModeReader
{
    // Matched, never said: each mode's words in both languages, in the order of SessionMode. The names shown are the catalogues'.
    public static readonly IReadOnlyList<Choice> Choices =
    [
        Choice.Of("Open", "open mode", "shown as they arrive", "as they come", "ouvert", "mode ouvert", "ouverte", "a mesure", "au fur et a mesure"),
        Choice.Of(
            "Silent then reveal", "silent", "silently", "silent mode", "hidden", "private", "silencieux", "silencieuse", "en silence",
            "mode silencieux", "silencieux puis revele", "cache", "caches", "cachees", "en prive", "puis revele"),
        Choice.Of("Anonymous", "anonymously", "anon", "no names", "anonyme", "anonymement", "mode anonyme", "sans nom", "sans noms"),
        Choice.Of(
            "Round robin", "round-robin", "in turn", "turns", "take turns", "one by one", "tour de role", "a tour de role", "chacun son tour",
            "chacun a son tour", "mode tour de role", "un par un", "une par une", "tour par tour"),
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
