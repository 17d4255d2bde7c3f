namespace CoproBot.Dialogs.Group;

/// <summary>One step of a session: a guiding question or an inclusivity principle of the case.</summary>
public sealed record SessionStep(SessionStepKind Kind, string Text);
