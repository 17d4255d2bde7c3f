using System.Globalization;
using CoproBot.Dialogs.Languages;

namespace CoproBot.Dialogs.Group;

/// <summary>What CoproBot says in group sessions. Nothing here quotes what a person wrote.</summary>
public static class GroupMessages
{
    /// <summary>What anyone can say in a session, and what the facilitator can.</summary>
    public static string Help(Language say)
    {
        ArgumentNullException.ThrowIfNull(say);
        return say[Phrase.GroupHelp] + "\n" + say[Phrase.GroupParticipationHelp];
    }

    public const string Busy = "A lot is happening at once and I couldn't save that. Please say it again.";

    public static string TooLong(int limit, int length) => string.Create(
        CultureInfo.InvariantCulture,
        $"That's longer than I can keep: a contribution can be up to {limit:N0} characters (that one was {length:N0}). Please send the main points again; I haven't saved this one.");

    public static string ContributionCap(int limit, string title) => string.Create(
        CultureInfo.InvariantCulture,
        $"You've given {limit} contributions to {title}, the most one person can give to one question, so there's room for everyone. I haven't saved this one; you could \"park\" it as a topic for later.");

    public static string AlreadyIn(string title) => $"That's already in for {title}, so I haven't added it twice.";

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
