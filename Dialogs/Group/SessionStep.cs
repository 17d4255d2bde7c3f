using CoproBot.Dialogs.Languages;

namespace CoproBot.Dialogs.Group;

/// <summary>One step of a session: a guiding question or an inclusivity principle of the case.</summary>
/// <param name="Kind">What the step asks of the group.</param>
/// <param name="Text">The source's own words, as the case or the template's author wrote them.</param>
/// <param name="Translation">
/// The knowledge's rendering of <paramref name="Text"/> in the session's language, copied in at the start with the step
/// so the two never drift apart mid-session; null for a template, an English session, a line without a current
/// translation, and sessions stored before translations were shown.
/// </param>
public sealed record SessionStep(SessionStepKind Kind, string Text, string? Translation = null)
{
    /// <summary>The step's words in the session's language, without the original (for a short title).</summary>
    public string Shown() => Translation ?? Text;

    /// <summary>The step as asked: the translation with the original on the line beneath it, else the original alone.</summary>
    public string Prompt(Language say)
    {
        ArgumentNullException.ThrowIfNull(say);
        return Translation is null ? Text : Translation + say.Format(Phrase.CaseOriginalLine, Text);
    }

    /// <summary>The step for the record (summary, exports): the translation with the original in brackets, else the original alone.</summary>
    public string Named(Language say)
    {
        ArgumentNullException.ThrowIfNull(say);
        return Translation is null ? Text : say.Format(Phrase.CaseWordsWithOriginal, Translation, Text);
    }
}
