namespace CoproBot.Dialogs.Group;

/// <summary>How contributions are gathered and shown in a group session.</summary>
public enum SessionMode
{
    /// <summary>Contributions are shown as they arrive.</summary>
    Open,

    /// <summary>Contributions are collected privately and shown together when the facilitator reveals them.</summary>
    Silent,

    /// <summary>As silent, and no name or id ever appears in reveals, summaries or exports.</summary>
    Anonymous,

    /// <summary>CoproBot invites each participant in turn; anyone may pass.</summary>
    RoundRobin,
}
