namespace CoproBot.Dialogs.Group;

/// <summary>One person in a participation balance, as the facilitator may see them: at the current step and in the whole session.</summary>
public sealed record ParticipantTally(string Name, int AtStep, int InSession);
