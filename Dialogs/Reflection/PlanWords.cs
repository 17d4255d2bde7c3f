using CoproBot.Dialogs.Languages;
using CoproBot.Knowledge.Catalog;

namespace CoproBot.Dialogs.Reflection;

/// <summary>A plan's guiding questions and principles in the reader's language, each beside the source's own words.</summary>
/// <remarks>
/// Made from the knowledge when a step is said, never stored: a reflection keeps step numbers only, so the words follow
/// the knowledge as the plan does. A team's template has no translation, and a line whose translation is out of date
/// (or missing) has none here either, so its original is shown as before.
/// </remarks>
public sealed class PlanWords
{
    private readonly IReadOnlyList<string?> _questions;
    private readonly IReadOnlyList<string?> _principles;

    private PlanWords(IReadOnlyList<string?> questions, IReadOnlyList<string?> principles)
    {
        _questions = questions;
        _principles = principles;
    }

    /// <summary>No translation: every line as the plan has it.</summary>
    public static PlanWords Original { get; } = new([], []);

    /// <summary>The plan's lines in <paramref name="say"/>, where the knowledge has a current translation of them.</summary>
    public static PlanWords For(KnowledgeSnapshot snapshot, ReflectionPlan plan, Language say)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(say);
        if (plan.Template is not null || plan.Case is not { } study || say == Language.English
            || !snapshot.Translations.TryGetValue(say.Code, out var stored))
        {
            return Original;
        }

        var translation = stored.Translation;
        string? Line(string featureId, string line) =>
            snapshot.Knowledge.HasFeature(featureId) ? translation.CurrentLine(snapshot.Knowledge.Cell(study.Id, featureId), line) : null;

        return new(
            [.. plan.Questions.Select(q => Line(ReflectionPlan.QuestionsFeature, q))],
            [.. plan.Principles.Select(p => Line(ReflectionPlan.PrinciplesFeature, p))]);
    }

    /// <summary>The translation of a guiding question, or null to show the original alone.</summary>
    public string? Question(int index) => _questions.ElementAtOrDefault(index);

    /// <summary>The translation of a principle, or null to show the original alone.</summary>
    public string? Principle(int index) => _principles.ElementAtOrDefault(index);

    /// <summary>A principle as it is named in the reader's language: its translation, else the original.</summary>
    public string PrincipleName(ReflectionPlan plan, int index)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Principle(index) ?? plan.Principles[index];
    }

    /// <summary>A principle named for the record: the translation with the original in brackets, else the original alone.</summary>
    public string PrincipleWithOriginal(Language say, ReflectionPlan plan, int index)
    {
        ArgumentNullException.ThrowIfNull(say);
        ArgumentNullException.ThrowIfNull(plan);
        return Principle(index) is { } translated ? say.Format(Phrase.CaseWordsWithOriginal, translated, plan.Principles[index]) : plan.Principles[index];
    }
}
