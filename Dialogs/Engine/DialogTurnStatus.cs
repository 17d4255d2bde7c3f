namespace CoproBot.Dialogs.Engine;

/// <summary>Where a dialog stack stands after a turn.</summary>
public enum DialogTurnStatus
{
    /// <summary>Nothing was running, so nothing handled the turn.</summary>
    Empty,

    /// <summary>A dialog is waiting for the user's next message.</summary>
    Waiting,

    /// <summary>The last dialog on the stack ended; its result is in the turn result.</summary>
    Complete,

    /// <summary>The stack was cancelled or cleared.</summary>
    Cancelled,
}
