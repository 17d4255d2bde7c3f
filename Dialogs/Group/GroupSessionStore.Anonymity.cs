namespace CoproBot.Dialogs.Group;

/// <summary>
/// The one anonymity rule, applied where data is written: in an anonymous session no person's name is stored, the
/// facilitator's neither. Ids stay only where the feature needs them: to steer, to keep each person's cap and latest
/// rating, to withdraw, and to tell whose parked words are whose in "export my data".
/// </summary>
/// <remarks>
/// Names given before a session turned anonymous were given openly and stay with what they came with, but are never
/// shown once it is anonymous (see <see cref="SessionRecord.NameOf"/>); the facilitator's leaves the control state at
/// the first save after the switch.
/// </remarks>
public sealed partial class GroupSessionStore
{
    /// <summary>The control state as it is written.</summary>
    public static GroupSession Kept(GroupSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.IsAnonymous && session.FacilitatorName is not null ? session with { FacilitatorName = null } : session;
    }

    private static Contribution Kept(GroupSession session, Contribution contribution) =>
        session.IsAnonymous ? contribution with { UserName = null } : contribution;

    private static Participant Kept(GroupSession session, Participant participant) =>
        session.IsAnonymous ? participant with { Name = null } : participant;

    private static ParkedTopic Kept(GroupSession session, ParkedTopic topic) =>
        session.IsAnonymous ? topic with { UserName = null } : topic;
}
