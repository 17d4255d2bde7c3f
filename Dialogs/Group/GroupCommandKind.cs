namespace CoproBot.Dialogs.Group;

public enum GroupCommandKind
{
    /// <summary>Not a command: in a running session, a contribution.</summary>
    None,
    Start,
    Join,
    Next,
    Reveal,
    Reopen,
    Mode,
    End,
    HandOver,
    Pass,
    Park,
    Own,
    ParkingLot,
    Withdraw,
    ExportMarkdown,
    ExportCsv,
    Status,
    Contribute,
    Help,

    /// <summary>Who has contributed so far: names for the facilitator, counts for everyone else and in anonymous sessions.</summary>
    Participation,
}
