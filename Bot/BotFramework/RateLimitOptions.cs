using System.ComponentModel.DataAnnotations;

namespace CoproBot.Bot.BotFramework;

/// <summary>
/// Limits that keep the bot responsive for everyone. People and conversations are limited inside the turn, kindly;
/// a client address only for requests that fail, since a channel's whole service arrives from a few addresses.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Messages one person may send in a minute before being asked to slow down.</summary>
    [Range(1, 10_000)]
    public int MessagesPerPersonPerMinute { get; set; } = 30;

    /// <summary>Messages one conversation (a whole channel) may send in a minute.</summary>
    [Range(1, 100_000)]
    public int MessagesPerConversationPerMinute { get; set; } = 120;

    /// <summary>
    /// Requests from one client address that may fail authentication or validation in a minute; past that, its failures
    /// are answered 429 and no longer logged one by one. A request that authenticates is always served.
    /// </summary>
    [Range(1, 1_000_000)]
    public int FailedRequestsPerClientPerMinute { get; set; } = 100;
}
