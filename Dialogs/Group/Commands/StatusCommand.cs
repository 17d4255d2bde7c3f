using CoproBot.Dialogs.Languages;

namespace CoproBot.Dialogs.Group.Commands;

/// <summary>"status" or "where are we": the session's step, mode and facilitator, and what has been given so far.</summary>
internal sealed class StatusCommand(GroupSessionStore store)
{
    /// <summary>The status for everyone; while a step runs, whoever may steer also gets the balance of voices, privately.</summary>
    public async Task<IReadOnlyList<GroupReply>?> HandleAsync(GroupTurn turn, CancellationToken cancellationToken)
    {
        var record = await store.RecordAsync(turn.Session, cancellationToken);
        var status = new GroupReply(Status(record));
        return turn.Session.Status == SessionStatus.Active && turn.Session.MaySteer(turn.Input.From.Id)
            ? [status, ParticipationCommand.For(record, steers: true, turn.Input.Language)]
            : [status];
    }

    private static string Status(SessionRecord record)
    {
        var session = record.Session;
        var say = session.Speaks;
        var where = session.Status switch
        {
            SessionStatus.Ended => say[Phrase.GroupStatusEnded],
            SessionStatus.ChoosingMode => say[Phrase.GroupStatusBeginning],
            _ => say.Format(Phrase.GroupStatusAt, SessionReport.StepTitle(session, session.Step)),
        };
        var lead = !session.HasFacilitator
            ? " " + say[Phrase.GroupStatusNobodyLeads]
            : SessionPrivacy.ShownName(session, session.FacilitatorName) is { } name ? " " + say.Format(Phrase.GroupStatusFacilitator, name) : string.Empty;
        return say.Format(Phrase.GroupStatus, session.CaseName, where, ModeReader.NameOf(session.Mode, say), lead, record.Counts());
    }
}
