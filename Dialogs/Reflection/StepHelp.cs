using CoproBot.Dialogs.Languages;
using CoproBot.Knowledge.Model;

namespace CoproBot.Dialogs.Reflection;

/// <summary>What the step waiting is asking, for "what do you mean?": the question from the case's text, the scale, the note or the place.</summary>
internal static class StepHelp
{
    public static string For(Language say, KnowledgeBase knowledge, ReflectionPlan plan, ReflectionStep step, string? place) => step.Kind switch
    {
        ReflectionStepKind.Question => QuestionExplainer.Explain(say, knowledge, plan, step.Index, place),
        ReflectionStepKind.Rating => ReflectionMessages.ScaleHelp(say, plan.Name, plan.Principles[step.Index]),
        ReflectionStepKind.Note => say.Format(Phrase.ReflectionNoteHelp, plan.Principles[step.Index]),
        _ => say[Phrase.ReflectionPlaceHelp],
    };
}
