namespace CoproBot.Dialogs.Group.Commands;

/// <summary>"reveal": shows the group what has been given on the current step. It changes no control state.</summary>
internal sealed class RevealCommand(GroupSessionStore store)
{
    public async Task<IReadOnlyList<GroupReply>?> HandleAsync(GroupTurn turn, CancellationToken cancellationToken) =>
        [new GroupReply(SessionReport.Reveal(await store.RecordAsync(turn.Session, cancellationToken), turn.Session.Step))];
}
