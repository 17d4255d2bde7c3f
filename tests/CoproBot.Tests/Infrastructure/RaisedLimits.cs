namespace CoproBot.Tests.Infrastructure;

/// <summary>
/// The limits on people and conversations raised out of the way, for tests that have one person send far more than
/// anyone would (fuzzing thousands of activities into one conversation). Nothing about addresses needs raising: valid
/// requests are never limited by where they come from.
/// </summary>
public static class RaisedLimits
{
    /// <summary>A new settings dictionary with the per-person and per-conversation limits raised; add more settings to it as needed.</summary>
    public static Dictionary<string, string?> Settings() => new()
    {
        ["RateLimits:MessagesPerPersonPerMinute"] = "10000",
        ["RateLimits:MessagesPerConversationPerMinute"] = "100000",
    };
}
