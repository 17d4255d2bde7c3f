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
            ? [status, ParticipationCommand.For(record, steers: true)]
            : [status];
    }

    private static string Status(SessionRecord record)
    {
        var session = record.Session;
        var where = session.Status switch
        {
            SessionStatus.Ended => "has ended",
            SessionStatus.ChoosingMode => "is about to begin",
            _ => "is at " + SessionReport.StepTitle(session, session.Step),
        };
        var lead = !session.HasFacilitator
            ? " Nobody is facilitating now, so anyone here can say \"next\", \"reveal\" or \"end\", or \"hand over to\" someone."
            : SessionPrivacy.ShownName(session, session.FacilitatorName) is { } name ? $" {name} is facilitating." : string.Empty;
        return $"Our group reflection on {session.CaseName} {where}, in {ModeReader.NameOf(session.Mode)} mode.{lead} So far: {record.Counts()}.";
    }
}
