using System.ComponentModel.DataAnnotations;

namespace CoproBot.Bot.BotFramework;

/// <summary>Limits that keep the bot responsive for everyone: in conversation kindly, at HTTP with a 429.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Messages one person may send in a minute before being asked to slow down.</summary>
    [Range(1, 10_000)]
    public int MessagesPerPersonPerMinute { get; set; } = 30;

    /// <summary>Messages one conversation (a whole channel) may send in a minute.</summary>
    [Range(1, 100_000)]
    public int MessagesPerConversationPerMinute { get; set; } = 120;

    /// <summary>Requests one client address may make to the bot endpoints in a minute; more get a 429.</summary>
    [Range(1, 1_000_000)]
    public int RequestsPerClientPerMinute { get; set; } = 1200;
}
