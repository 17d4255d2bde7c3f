namespace CoproBot.Dialogs.Engine;

/// <summary>What the engine itself says to users, in plain words.</summary>
public static class EngineMessages
{
    public const string DialogGone =
        "I've been updated since we last spoke, and what we were doing together has changed, so I've stopped it. What would you like to do next?";

    public static string Restarted(string title) =>
        $"I've been updated since we last spoke, so I've restarted {title} from the beginning.";
}
