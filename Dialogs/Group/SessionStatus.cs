namespace CoproBot.Dialogs.Group;

public enum SessionStatus
{
    /// <summary>Started; the facilitator has not yet chosen how to gather contributions.</summary>
    ChoosingMode,
    Active,
    Ended,
}
