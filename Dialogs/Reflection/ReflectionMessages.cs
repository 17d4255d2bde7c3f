using CoproBot.Dialogs.Languages;

namespace CoproBot.Dialogs.Reflection;

/// <summary>What a reflection says that is put together from several phrases; single phrases are read from the catalogue where they are said.</summary>
public static class ReflectionMessages
{
    public static string Intro(Language say, ReflectionPlan plan)
    {
        ArgumentNullException.ThrowIfNull(say);
        ArgumentNullException.ThrowIfNull(plan);
        var text = plan.Template is null && plan.Case is { } study
            ? say.Format(Phrase.ReflectionIntroCase, study.Number, study.Name)
            : say.Format(Phrase.TemplateIntro, plan.Name);
        if (plan.Approach.Length > 0)
        {
            text += say.Format(Phrase.ReflectionIntroApproach, plan.Approach);
        }

        var principles = plan.Principles.Count == 1 ? say[Phrase.ReflectionPrinciplesOne] : say.Format(Phrase.ReflectionPrinciplesMany, plan.Principles.Count);
        text += plan.Questions.Count == 1
            ? say.Format(Phrase.ReflectionIntroPlanOne, principles)
            : say.Format(Phrase.ReflectionIntroPlanMany, plan.Questions.Count, principles);
        return text + say[Phrase.ReflectionIntroHelp];
    }

    /// <summary>The step as asked; a line <paramref name="words"/> translates is shown with its original beneath it.</summary>
    public static string Prompt(Language say, ReflectionPlan plan, ReflectionProgress progress, ReflectionStep step, PlanWords? words = null)
    {
        ArgumentNullException.ThrowIfNull(say);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(step);
        words ??= PlanWords.Original;
        switch (step.Kind)
        {
            case ReflectionStepKind.Place:
                return say[Phrase.ReflectionAskPlace] + Earlier(say, progress.Place);
            case ReflectionStepKind.Question:
                var original = plan.Questions[step.Index];
                if (words.Question(step.Index) is { } translated)
                {
                    return say.Format(Phrase.ReflectionQuestion, step.Index + 1, plan.Questions.Count, QuestionWording.AskedInTranslation(say, translated, original, progress.Place))
                        + say.Format(Phrase.CaseOriginalLine, original) + Earlier(say, progress.Answers.GetValueOrDefault(step.Index));
                }

                var adapted = QuestionWording.Asked(say, original, progress.Place);
                var text = say.Format(Phrase.ReflectionQuestion, step.Index + 1, plan.Questions.Count, adapted);
                if (adapted != original)
                {
                    text += say.Format(Phrase.ReflectionOwnWording, original);
                }

                return text + Earlier(say, progress.Answers.GetValueOrDefault(step.Index));
            case ReflectionStepKind.Rating:
                var rating = progress.Ratings.TryGetValue(step.Index, out var r) ? say.Format(Phrase.ReflectionRatingOf, r) : null;
                return say.Format(Phrase.ReflectionRatingPrompt, step.Index + 1, plan.Principles.Count, words.PrincipleName(plan, step.Index), Legend(say))
                    + OriginalLine(say, plan.Principles[step.Index], words.Principle(step.Index)) + Earlier(say, rating);
            default:
                return say.Format(Phrase.ReflectionNotePrompt, words.PrincipleName(plan, step.Index)) + Earlier(say, progress.Notes.GetValueOrDefault(step.Index));
        }
    }

    /// <summary>After a rating that could not be read: which principle it is, and the scale again.</summary>
    public static string RatingRetry(Language say, string principle) => say.Format(Phrase.ReflectionRatingRetry, principle, Legend(say));

    public static string ScaleHelp(Language say, string caseName, string principle) => say.Format(Phrase.ReflectionScaleHelp, principle, caseName, Legend(say));

    public static string WhereAmI(Language say, ReflectionPlan plan, ReflectionProgress progress)
    {
        ArgumentNullException.ThrowIfNull(say);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(progress);
        if (progress.Step < 0 || progress.Step >= plan.Steps.Count)
        {
            return say[Phrase.ReflectionChoosingCase];
        }

        var step = plan.Steps[progress.Step];
        var where = step.Kind switch
        {
            ReflectionStepKind.Place => say[Phrase.ReflectionWhereOnPlace],
            ReflectionStepKind.Question => say.Format(Phrase.ReflectionWhereOnQuestion, step.Index + 1, plan.Questions.Count),
            _ => say.Format(Phrase.ReflectionWhereOnPrinciple, step.Index + 1, plan.Principles.Count),
        };
        var done = progress.Answers.Count + progress.Ratings.Count;
        var total = plan.Questions.Count + plan.Principles.Count;
        return say.Format(Phrase.ReflectionWhereAmI, where, plan.Name, progress.Step + 1, plan.Steps.Count, done, total);
    }

    /// <summary>A moment on the person's clock, as a reminder names it ("Monday 3 November at 10:00").</summary>
    public static string When(Language say, DateTimeOffset local)
    {
        ArgumentNullException.ThrowIfNull(say);
        return local.ToString(say[Phrase.ReflectionWhenFormat], say.Culture);
    }

    /// <summary>The 1–5 scale in words.</summary>
    public static string Legend(Language say)
    {
        ArgumentNullException.ThrowIfNull(say);
        return say[Phrase.ReflectionScaleLegend];
    }

    private static string OriginalLine(Language say, string original, string? translated) =>
        translated is null ? string.Empty : say.Format(Phrase.CaseOriginalLine, original);

    private static string Earlier(Language say, string? answer) => answer is null ? string.Empty : say.Format(Phrase.ReflectionEarlier, answer);
}
