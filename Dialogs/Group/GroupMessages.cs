using System.Globalization;
using CoproBot.Dialogs.Languages;

namespace CoproBot.Dialogs.Group;

/// <summary>What CoproBot says in group sessions. Nothing here quotes what a person wrote.</summary>
public static class GroupMessages
{

    public const string Help =
        "In this session you can: reply with your thoughts (or a rating from 1 to 5 on a principle), \"join\", \"pass\", \"park <topic>\", "
        + "\"? <question>\" to ask me about the cases without it counting as a contribution, "
        + "\"I'll own 2\", \"parking lot\", \"status\", \"withdraw my contributions\", \"export markdown\" or \"export csv\".\n"
        + "The facilitator can say \"next\", \"reveal\", \"reopen 2\", \"mode silent\", \"hand over to @name\" or \"end\".";

    public const string WaitForMode = "We'll begin as soon as the facilitator chooses how we gather contributions. Nothing you write is kept until then.";

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

    public static string OnlyFacilitator(string what) =>
        $"Thanks for wanting to help. Only the facilitator can {what}, so the group moves together. "
        + "You can contribute, \"park\" a topic or \"pass\"; the facilitator can \"hand over to\" someone else.";

    public static string Ended(SessionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Session.Speaks.Format(Phrase.GroupEnded, record.Counts());
    }
}
