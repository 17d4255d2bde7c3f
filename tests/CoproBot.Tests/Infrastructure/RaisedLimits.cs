namespace CoproBot.Tests.Infrastructure;

/// <summary>Rate limits raised out of the way, for tests that send far more than a person would (fuzzing).</summary>
public static class RaisedLimits
{
    /// <summary>A new settings dictionary with every rate limit raised; add more settings to it as needed.</summary>
    public static Dictionary<string, string?> Settings() => new()
    {
        ["RateLimits:RequestsPerClientPerMinute"] = "1000000",
        ["RateLimits:MessagesPerPersonPerMinute"] = "10000",
        ["RateLimits:MessagesPerConversationPerMinute"] = "100000",
    };
}
