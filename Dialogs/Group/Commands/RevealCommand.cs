namespace CoproBot.Dialogs.Group.Commands;

/// <summary>"reveal": shows the group what has been given on the current step. It changes no control state.</summary>
internal sealed class RevealCommand(GroupSessionStore store)
{
    public async Task<IReadOnlyList<GroupReply>?> HandleAsync(GroupTurn turn, CancellationToken cancellationToken)
    {
        var record = await store.RecordAsync(turn.Session, cancellationToken);
        var step = turn.Session.Step;
        return [new GroupReply(SessionReport.Reveal(record, step)) { Charts = RatingCharts.Of(record, step) is { } chart ? [chart] : [] }];
    }
}
