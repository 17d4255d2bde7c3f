using CoproBot.Dialogs.Languages;

namespace CoproBot.Dialogs.Group.Commands;

/// <summary>
/// "who hasn't spoken?", "how many have answered?": the balance of voices, to the person who asked alone. Whoever may
/// steer sees who gave what and who has not yet; everyone else, and everyone in an anonymous session, sees counts only.
/// </summary>
internal sealed class ParticipationCommand(GroupSessionStore store)
{
    public async Task<IReadOnlyList<GroupReply>?> HandleAsync(GroupTurn turn, CancellationToken cancellationToken) =>
        [For(await store.RecordAsync(turn.Session, cancellationToken), turn.Session.MaySteer(turn.Input.From.Id), turn.Input.Language)];

    /// <summary>The balance as the asker may see it, sent to them alone; where it cannot be, the channel is told only that.</summary>
    /// <param name="record">The session and what it keeps.</param>
    /// <param name="steers">Whether the asker may steer, and so see who.</param>
    /// <param name="say">The asker's language: the balance is theirs alone.</param>
    public static GroupReply For(SessionRecord record, bool steers, Language say)
    {
        var balance = ParticipationBalance.Of(record, withNames: steers, say);
        return new GroupReply(steers ? ParticipationMessages.ForFacilitator(say, balance) : ParticipationMessages.CountsOnly(say, balance))
        {
            Private = true,
            InChannel = ParticipationMessages.NotSentPrivately(record.Session.Speaks),
        };
    }
}
