using CoproBot.Knowledge.Model;

namespace CoproBot.Dialogs.Reflection;

/// <summary>What the step waiting is asking, for "what do you mean?": the question from the case's text, the scale, the note or the place.</summary>
internal static class StepHelp
{
    public static string For(KnowledgeBase knowledge, ReflectionPlan plan, ReflectionStep step, string? place) => step.Kind switch
    {
        ReflectionStepKind.Question => QuestionExplainer.Explain(knowledge, plan, step.Index, place),
        ReflectionStepKind.Rating => ReflectionMessages.ScaleHelp(plan.Case.Name, plan.Principles[step.Index]),
        ReflectionStepKind.Note => ReflectionMessages.NoteHelp(plan.Principles[step.Index]),
        _ => ReflectionMessages.PlaceHelp,
    };
}
