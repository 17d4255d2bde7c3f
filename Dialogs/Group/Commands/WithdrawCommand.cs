using CoproBot.Dialogs.Languages;

namespace CoproBot.Dialogs.Group.Commands;

/// <summary>"withdraw my contributions": deletes everything the person gave to the session, and their place in it.</summary>
internal sealed class WithdrawCommand(SessionPrivacy privacy)
{
    public async Task<IReadOnlyList<GroupReply>?> HandleAsync(GroupTurn turn, CancellationToken cancellationToken)
    {
        var withdrawn = await privacy.WithdrawAsync(turn.Session, turn.Input.From.Id, cancellationToken);
        var say = turn.Input.Language;
        return [new GroupReply(withdrawn == 0
            ? say[Phrase.GroupNothingToWithdraw]
            : say.Format(Phrase.GroupWithdrawn, RatingDistribution.Count(say, withdrawn, Phrase.GroupContributionsOne, Phrase.GroupContributionsMany))) { Private = true }];
    }
}
