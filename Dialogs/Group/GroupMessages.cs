using System.Globalization;

namespace CoproBot.Dialogs.Group;

/// <summary>What CoproBot says in group sessions. Nothing here quotes what a person wrote.</summary>
public static class GroupMessages
{
    public const string WhichCase =
        "Which case shall we reflect on together? Say \"facilitate ESTHER\", \"facilitate Making Recovery Real\" or \"facilitate CMHA Learning Centre\".";

    public const string ChooseMode =
        "How shall we gather contributions? **Open** (shown as they arrive), **Silent then reveal** (kept hidden until the facilitator reveals them), "
        + "**Anonymous** (no names anywhere, ever) or **Round robin** (I invite each of you in turn; you can always pass).";

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

    public static string Consent(int retentionDays) =>
        "Before we begin, what I keep: what you contribute here (your words, ratings, parked topics) and your name, unless the session is anonymous. "
        + "Everyone in this conversation sees what is shown or revealed; the facilitator and anyone here can export the summary. "
        + "I delete the session " + retentionDays.ToString(CultureInfo.InvariantCulture) + " days after it starts. "
        + "You can say \"withdraw my contributions\" at any time, or \"forget me\" to delete everything I keep about you. "
        + "If something you write sounds like you're in crisis, I'll offer support straight away, and I won't store or show your words.";

    public static string ModeExplained(SessionMode mode) => mode switch
    {
        SessionMode.Open => "Mode: **Open**. Contributions are shown as they arrive.",
        SessionMode.Silent => "Mode: **Silent then reveal**. I keep contributions hidden and the facilitator reveals them together. "
            + "To keep yours unseen until then, use the answer box rather than typing in the chat.",
        SessionMode.Anonymous => "Mode: **Anonymous**. No name or id appears in any reveal, summary or export, even if the mode changes later. "
            + "To stay unseen, use the answer box rather than typing in the chat.",
        _ => "Mode: **Round robin**. I'll invite each of you in turn; say \"pass\" whenever you'd rather not.",
    };

    public static string OnlyFacilitator(string what) =>
        $"Thanks for wanting to help. Only the facilitator can {what}, so the group moves together. "
        + "You can contribute, \"park\" a topic or \"pass\"; the facilitator can \"hand over to\" someone else.";

    public static string Ended(SessionRecord record) =>
        "That's the end of our session. " + record.Counts() + ". Say \"export markdown\" or \"export csv\" for a copy.";
}
