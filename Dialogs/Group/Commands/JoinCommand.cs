namespace CoproBot.Dialogs.Group.Commands;

/// <summary>"join": takes a place in the session (the round-robin order is the order people joined).</summary>
internal sealed class JoinCommand(GroupSessionStore store, TimeProvider time)
{
    public async Task<IReadOnlyList<GroupReply>?> HandleAsync(GroupTurn turn, CancellationToken cancellationToken)
    {
        var joined = await store.JoinAsync(turn.Session, turn.Input.Person, turn.Me(time.GetUtcNow()), cancellationToken);
        return [new GroupReply(joined ? "Welcome, you're in. Reply to any question with your thoughts, or say \"pass\"." : "You're already in this session.") { Private = true }];
    }
}
