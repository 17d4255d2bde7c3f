using CoproBot.Dialogs.Languages;

namespace CoproBot.Dialogs.Group;

/// <summary>What CoproBot says in group sessions. Nothing here quotes what a person wrote.</summary>
/// <remarks>
/// Each takes the language it is said in: the session's for what the group sees, the person's own turn language
/// (<see cref="GroupInput.Language"/>) for a private reply or a refusal to one person.
/// </remarks>
public static class GroupMessages
{
    /// <summary>What anyone can say in a session, and what the facilitator can.</summary>
    public static string Help(Language say)
    {
        ArgumentNullException.ThrowIfNull(say);
        return say[Phrase.GroupHelp] + "\n" + say[Phrase.GroupParticipationHelp];
    }

    /// <summary>A change that met other changes too often to be saved.</summary>
    public static GroupReply Busy(Language say)
    {
        ArgumentNullException.ThrowIfNull(say);
        return new GroupReply(say[Phrase.GroupBusy]) { Private = true };
    }

    public static string TooLong(Language say, int limit, int length)
    {
        ArgumentNullException.ThrowIfNull(say);
        return say.Format(Phrase.GroupTooLong, limit, length);
    }

    public static string ContributionCap(Language say, int limit, string title)
    {
        ArgumentNullException.ThrowIfNull(say);
        return say.Format(Phrase.GroupContributionCap, limit, title);
    }

    public static string AlreadyIn(Language say, string title)
    {
        ArgumentNullException.ThrowIfNull(say);
        return say.Format(Phrase.GroupAlreadyIn, title);
    }

    public static string ModeExplained(Language say, SessionMode mode)
    {
        ArgumentNullException.ThrowIfNull(say);
        return say[mode switch
        {
            SessionMode.Open => Phrase.GroupModeOpen,
            SessionMode.Silent => Phrase.GroupModeSilent,
            SessionMode.Anonymous => Phrase.GroupModeAnonymous,
            _ => Phrase.GroupModeRoundRobin,
        }];
    }

    /// <summary>The refusal to someone who may not steer: <paramref name="what"/> names what only the facilitator can do.</summary>
    public static string OnlyFacilitator(Language say, Phrase what)
    {
        ArgumentNullException.ThrowIfNull(say);
        return say.Format(Phrase.GroupOnlyFacilitator, say[what]);
    }

    public static string Ended(SessionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Session.Speaks.Format(Phrase.GroupEnded, record.Counts());
    }
}
