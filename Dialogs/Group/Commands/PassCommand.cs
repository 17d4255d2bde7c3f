using CoproBot.Dialogs.Languages;

namespace CoproBot.Dialogs.Group.Commands;

/// <summary>"pass": in round robin, the person lets their turn go by; elsewhere there is nothing they need to give.</summary>
internal sealed class PassCommand(GroupSessionStore store, TimeProvider time, StepPrompts prompts)
{
    public async Task<IReadOnlyList<GroupReply>?> HandleAsync(GroupTurn turn, CancellationToken cancellationToken)
    {
        var (input, session) = (turn.Input, turn.Session);
        if (session.Mode != SessionMode.RoundRobin)
        {
            return [new GroupReply(input.Language[Phrase.GroupPassNotNeeded]) { Private = true }];
        }

        await store.JoinAsync(session, input.Person, turn.Me(time.GetUtcNow()), cancellationToken);
        var pass = new Contribution(turn.MessageKey(session.Step, store), session.Step, input.From.Id, input.From.Name, null, null, Passed: true, time.GetUtcNow(), input.ActivityId);
        await store.AddContributionAsync(session, input.Person, pass, cancellationToken);
        return [new GroupReply(input.Language[Phrase.GroupPassed]) { Private = true }, .. await prompts.TakeTurnAsync(input, session, session.Step, cancellationToken)];
    }
}
