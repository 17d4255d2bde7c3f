namespace CoproBot.Dialogs.Group.Commands;

/// <summary>
/// "who hasn't spoken?", "how many have answered?": the balance of voices, to the person who asked alone. Whoever may
/// steer sees who gave what and who has not yet; everyone else, and everyone in an anonymous session, sees counts only.
/// </summary>
internal sealed class ParticipationCommand(GroupSessionStore store)
{
    public async Task<IReadOnlyList<GroupReply>?> HandleAsync(GroupTurn turn, CancellationToken cancellationToken) =>
        [For(await store.RecordAsync(turn.Session, cancellationToken), turn.Session.MaySteer(turn.Input.From.Id))];

    /// <summary>The balance as the asker may see it, sent to them alone; where it cannot be, the channel is told only that.</summary>
    public static GroupReply For(SessionRecord record, bool steers)
    {
        var balance = ParticipationBalance.Of(record, withNames: steers);
        return new GroupReply(steers ? ParticipationMessages.ForFacilitator(balance) : ParticipationMessages.CountsOnly(balance))
        {
            Private = true,
            InChannel = ParticipationMessages.NotSentPrivately,
        };
    }
}
