using CoproBot.Dialogs.Languages;

namespace CoproBot.Dialogs.Reflection;

/// <summary>How a guiding question is put to the person: about their own place, and as a question even when the case wrote it as a statement.</summary>
/// <remarks>
/// CMHA's guiding "question" is "Provide educational programming to foster recovery and living well": asked as it stands
/// it reads as an order, so it is asked as "How does your work provide educational programming …?" with the case's
/// own wording shown beside it. Generic on purpose, so new cases need no code. The case's words stay as the case wrote
/// them; only the question around them is in the person's language.
/// </remarks>
public static class QuestionWording
{
    /// <summary>The question as asked; the same as <paramref name="question"/> when it is already a question about no named place.</summary>
    public static string Asked(Language say, string question, string? place)
    {
        ArgumentNullException.ThrowIfNull(say);
        ArgumentNullException.ThrowIfNull(question);
        return AsQuestion(say, PlaceWording.Adapt(question, place).Trim());
    }

    /// <summary>A translation of <paramref name="original"/> as asked: the place the original names becomes the person's own, where the translation names it too.</summary>
    public static string AskedInTranslation(Language say, string translated, string original, string? place)
    {
        ArgumentNullException.ThrowIfNull(say);
        ArgumentNullException.ThrowIfNull(translated);
        var text = translated.Trim();
        if (!string.IsNullOrWhiteSpace(place) && PlaceWording.Find(original) is { } named && text.LastIndexOf(named, StringComparison.Ordinal) is var at and >= 0)
        {
            text = string.Concat(text.AsSpan(0, at), place.Trim(), text.AsSpan(at + named.Length));
        }

        return AsQuestion(say, text);
    }

    public static bool IsQuestion(string text) => text.TrimEnd().EndsWith('?');

    private static string AsQuestion(Language say, string adapted)
    {
        if (IsQuestion(adapted))
        {
            return adapted;
        }

        var aim = adapted.TrimEnd('.', '!', ';', ':');
        return StartsWithOrdinaryWord(aim) ? say.Format(Phrase.QuestionAsVerb, char.ToLowerInvariant(aim[0]) + aim[1..]) : say.Format(Phrase.QuestionAsAim, aim);
    }

    // "Provide …" reads on as "how does your work provide …"; an abbreviation at the start ("CMHA branches …") cannot.
    private static bool StartsWithOrdinaryWord(string text)
    {
        var firstWord = text.Split(' ', 2)[0];
        return firstWord.Length > 1 && char.IsUpper(firstWord[0]) && firstWord.Skip(1).All(char.IsLower);
    }
}
