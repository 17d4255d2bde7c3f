using CoproBot.Dialogs.Replies;

namespace CoproBot.Dialogs.Reflection;

/// <summary>One thing a reflection asks: the place, a guiding question, a principle's rating or its note.</summary>
/// <param name="Kind">What is asked.</param>
/// <param name="Index">The question's or principle's position, from 0; 0 for the place.</param>
public sealed record ReflectionStep(ReflectionStepKind Kind, int Index)
{
    /// <summary>The step as forms carry it, so an answer from an old form is recognised.</summary>
    public StepReference Reference => new(
        Kind switch
        {
            ReflectionStepKind.Place => StepReferenceKind.Place,
            ReflectionStepKind.Question => StepReferenceKind.Question,
            ReflectionStepKind.Rating => StepReferenceKind.Rating,
            _ => StepReferenceKind.Note,
        },
        Index);

    /// <summary>The kind of answer the step waits for.</summary>
    public AnswerKind Answer => Kind == ReflectionStepKind.Rating ? AnswerKind.Rating : AnswerKind.FreeText;
}
