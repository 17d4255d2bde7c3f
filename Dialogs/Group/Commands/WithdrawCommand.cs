namespace CoproBot.Dialogs.Group.Commands;

/// <summary>"withdraw my contributions": deletes everything the person gave to the session, and their place in it.</summary>
internal sealed class WithdrawCommand(SessionPrivacy privacy)
{
    public async Task<IReadOnlyList<GroupReply>?> HandleAsync(GroupTurn turn, CancellationToken cancellationToken)
    {
        var withdrawn = await privacy.WithdrawAsync(turn.Session, turn.Input.From.Id, cancellationToken);
        return [new GroupReply(withdrawn == 0
            ? "You haven't contributed anything to this session, so there's nothing to withdraw."
            : $"Done. I've deleted your {RatingDistribution.Plural(withdrawn, "contribution")} (words, ratings and passes) from this session; no summary or export will include them.") { Private = true }];
    }
}
