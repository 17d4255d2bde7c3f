using System.Globalization;
using System.Runtime.CompilerServices;
using CoproBot.Knowledge.Lookup;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;

namespace CoproBot.Dialogs.Prompts;

/// <summary>Matches an answer to one of a list of choices: by name, synonym, position ("the second", "2") or a close typo.</summary>
/// <remarks>An answer that fits two choices equally well matches neither, so the prompt asks again instead of guessing.</remarks>
public sealed class ChoiceRecognizer
{
    private static readonly NumberRecognizer Numbers = new(NumberOptions.None);
    // Compared after normalising, so French is written here without its accents ("la dernière" is "la derniere").
    private static readonly string[] LastWords =
    [
        "last", "the last", "last one", "the last one", "bottom one", "the bottom one",
        "dernier", "derniere", "le dernier", "la derniere", "celui du bas", "celle du bas", "tout en bas", "en bas",
    ];

    // A prompt's choices are read on every answer to it (and yes or no on every message that may answer one), so
    // their normalised names are worked out once per list.
    private static readonly ConditionalWeakTable<IReadOnlyList<Choice>, List<Name>> NamesOf = [];

    public static ChoiceRecognizer Default { get; } = new();

    /// <summary>Whether "the second" or "2" picks the second choice; a number that is a choice's name always picks that choice.</summary>
    public bool AllowOrdinals { get; init; } = true;

    public bool AllowTypos { get; init; } = true;

    public FoundChoice? Recognize(string? text, IReadOnlyList<Choice> choices, string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var answer = TextNormalizer.Normalize(text);
        if (answer.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        var names = NamesOf.GetValue(choices, Names);
        return Unique(names.Where(n => n.Phrase == answer), n => n.IsSynonym ? ChoiceMatchKind.Synonym : ChoiceMatchKind.Exact, _ => 1.0)
            ?? ByNumber(answer, choices, names, locale)
            ?? Unique(Longest(names.Where(n => TextNormalizer.ContainsPhrase(answer, n.Phrase))), _ => ChoiceMatchKind.Contained, n => (double)n.Phrase.Length / answer.Length)
            ?? (answer.Length >= 3 ? Unique(names.Where(n => TextNormalizer.ContainsPhrase(n.Phrase, answer)), _ => ChoiceMatchKind.Partial, n => (double)answer.Length / n.Phrase.Length) : null)
            ?? (AllowTypos ? ByTypo(answer, names) : null);
    }

    private static List<Name> Names(IReadOnlyList<Choice> choices)
    {
        var names = new List<Name>();
        for (var index = 0; index < choices.Count; index++)
        {
            names.Add(new Name(index, choices[index].Value, TextNormalizer.Normalize(choices[index].Value), false));
            names.AddRange(choices[index].Synonyms.Select(s => new Name(index, choices[index].Value, TextNormalizer.Normalize(s), true)));
        }

        names.RemoveAll(n => n.Phrase.Length == 0);
        return names;
    }

    private FoundChoice? ByNumber(string answer, IReadOnlyList<Choice> choices, List<Name> names, string? locale)
    {
        if (LastWords.Contains(answer, StringComparer.Ordinal))
        {
            return AllowOrdinals ? new FoundChoice(choices[^1].Value, choices.Count - 1, 1.0, ChoiceMatchKind.Ordinal) : null;
        }

        // Numbers can only pick a choice by its position or by a name that is a number; reading them is the dearest step.
        if (!AllowOrdinals && !names.Any(n => n.Phrase.All(char.IsAsciiDigit)))
        {
            return null;
        }

        var culture = RecognizerCulture.From(locale);
        var ordinal = SingleValue(Numbers.GetOrdinalModel(culture).Parse(answer));
        var number = SingleValue(Numbers.GetNumberModel(culture).Parse(answer));

        // A number that names a choice ("four" on a 1 to 5 scale) is that choice, whatever its position.
        if (ordinal is null && number is not null
            && Unique(names.Where(n => n.Phrase == number), _ => ChoiceMatchKind.Exact, _ => 1.0) is { } named)
        {
            return named;
        }

        // Ordinals first: in "second one" the "one" is not a position.
        if (!AllowOrdinals
            || !int.TryParse(ordinal ?? number, NumberStyles.Integer, CultureInfo.InvariantCulture, out var position)
            || position < 1 || position > choices.Count)
        {
            return null;
        }

        return new FoundChoice(choices[position - 1].Value, position - 1, 1.0, ChoiceMatchKind.Ordinal);
    }

    private static string? SingleValue(List<ModelResult> found) =>
        found.Count == 1 && found[0].Resolution?.TryGetValue("value", out var value) == true ? value?.ToString() : null;

    private static FoundChoice? ByTypo(string answer, List<Name> names)
    {
        var allowed = answer.Length switch { <= 3 => 0, <= 5 => 1, <= 10 => 2, _ => 3 };
        if (allowed == 0)
        {
            return null;
        }

        var scored = names
            .Select(n => (Name: n, Distance: EditDistance.Between(answer, n.Phrase, allowed)))
            .Where(s => s.Distance <= allowed)
            .ToList();
        if (scored.Count == 0)
        {
            return null;
        }

        var best = scored.Min(s => s.Distance);
        return Unique(scored.Where(s => s.Distance == best).Select(s => s.Name), _ => ChoiceMatchKind.Typo,
            n => 1.0 - ((double)best / Math.Max(answer.Length, n.Phrase.Length)));
    }

    // When several names of one choice are contained, the longest is the real match; a shorter one of another choice is noise.
    private static IEnumerable<Name> Longest(IEnumerable<Name> names)
    {
        var list = names.ToList();
        return list.Where(n => !list.Any(other => other.Index != n.Index && other.Phrase.Length > n.Phrase.Length && TextNormalizer.ContainsPhrase(other.Phrase, n.Phrase)));
    }

    private static FoundChoice? Unique(IEnumerable<Name> matches, Func<Name, ChoiceMatchKind> kind, Func<Name, double> score)
    {
        var list = matches.ToList();
        if (list.Count == 0 || list.Any(n => n.Index != list[0].Index))
        {
            return null;
        }

        var best = list.OrderBy(n => n.IsSynonym).First();
        return new FoundChoice(best.Value, best.Index, Math.Min(1.0, score(best)), kind(best));
    }

    private sealed record Name(int Index, string Value, string Phrase, bool IsSynonym);
}
