namespace CoproBot.Dialogs.Replies;

/// <summary>Which step an answer is for, so an answer from an old form can be told from one to the current question.</summary>
/// <param name="Kind">What the step is.</param>
/// <param name="Index">Its position among the steps of that kind, from 0 (0 where there is only one).</param>
public sealed record StepReference(StepReferenceKind Kind, int Index);
