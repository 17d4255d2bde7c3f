namespace CoproBot.Dialogs.Group;

/// <summary>What a step asks of the group: words about a guiding question, or a rating of a principle.</summary>
public enum SessionStepKind
{
    Question,
    Principle,
}
