using CoproBot.Dialogs.Languages;
using CoproBot.Dialogs.Replies;
using CoproBot.Dialogs.Understanding;

namespace CoproBot.Dialogs.Reflection;

/// <summary>What a person in a reflection is in the middle of, as the meaning reader needs it: the step waiting and its words.</summary>
public static class ReflectionContext
{
    /// <summary>The context of the next message: a paused reflection, a confirmation, or the step's prompt with its text.</summary>
    public static MessageContext For(ReflectionPlan? plan, ReflectionProgress progress, string? locale)
    {
        ArgumentNullException.ThrowIfNull(progress);
        if (progress.Paused)
        {
            return new MessageContext(Awaiting.Paused, Locale: locale);
        }

        if (progress.AwaitingStep.Kind == StepReferenceKind.ConfirmCancel)
        {
            return new MessageContext(Awaiting.Confirmation, Locale: locale);
        }

        if (plan is null || progress.Step < 0 || progress.Step >= plan.Steps.Count)
        {
            return new MessageContext(Awaiting.Choice, Locale: locale);
        }

        var step = plan.Steps[progress.Step];
        return step.Kind switch
        {
            // The prompt's words in every language, so "what does community mean?" finds them whichever the person reads.
            ReflectionStepKind.Place => new MessageContext(Awaiting.Place, string.Join(' ', Language.All.Select(language => language[Phrase.ReflectionAskPlace])), locale),
            ReflectionStepKind.Question => new MessageContext(Awaiting.Question, string.Join(' ', Language.All.Select(language => QuestionWording.Asked(language, plan.Questions[step.Index], progress.Place))) + " " + plan.Questions[step.Index], locale),
            ReflectionStepKind.Rating => new MessageContext(Awaiting.Rating, plan.Principles[step.Index], locale),
            _ => new MessageContext(Awaiting.Note, plan.Principles[step.Index], locale),
        };
    }
}
