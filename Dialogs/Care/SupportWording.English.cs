namespace CoproBot.Dialogs.Care;

public sealed partial record SupportWording
{
    public static SupportWording English { get; } = new()
    {
        Language = "en",
        Opening = "I'm really sorry you're going through this. You don't have to face it alone, and you deserve support right now.",
        Danger = "If you are in immediate danger or might act on these thoughts, please call {0} now.",
        Number = "{0}",
        Or = " or ",
        LocalEmergency = "your local emergency number",
        TalkNow = "You can talk to someone right now:",
        Line = "- {0}: {1}",
        LineDescription = " ({0})",
        Paused = "I've paused our reflection, and I haven't saved what you just wrote. There's no rush: say \"continue\" whenever you're ready, or \"stop\" to end for today.",
        NotPaused = "I haven't saved what you just wrote. If you'd like, we can carry on whenever you're ready.",
        ForAnyone = "If anyone here is going through a hard time, you can talk to someone right now:",
    };
}
