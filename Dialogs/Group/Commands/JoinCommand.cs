using CoproBot.Dialogs.Languages;

namespace CoproBot.Dialogs.Group.Commands;

/// <summary>"join": takes a place in the session (the round-robin order is the order people joined).</summary>
internal sealed class JoinCommand(GroupSessionStore store, TimeProvider time)
{
    public async Task<IReadOnlyList<GroupReply>?> HandleAsync(GroupTurn turn, CancellationToken cancellationToken)
    {
        var joined = await store.JoinAsync(turn.Session, turn.Input.Person, turn.Me(time.GetUtcNow()), cancellationToken);
        return [new GroupReply(turn.Input.Language[joined ? Phrase.GroupJoined : Phrase.GroupAlreadyJoined]) { Private = true }];
    }
}
