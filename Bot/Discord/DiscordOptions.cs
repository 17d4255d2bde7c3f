using System.ComponentModel.DataAnnotations;

namespace CoproBot.Bot.Discord;

/// <summary>The Discord application CoproBot answers for. Secrets (BotToken) come from user-secrets or the environment.</summary>
public sealed class DiscordOptions
{
    public const string Section = "Discord";

    public const string DefaultApiBaseUrl = "https://discord.com/api/v10";

    /// <summary>Turns the channel on; any other Discord setting also does, so a half-done setup fails loudly.</summary>
    public bool Enabled { get; set; }

    /// <summary>The application (client) id: a snowflake, needed to register commands.</summary>
    public string ApplicationId { get; set; } = string.Empty;

    /// <summary>The application's Ed25519 public key, 64 hex digits, as the developer portal shows it.</summary>
    public string PublicKey { get; set; } = string.Empty;

    /// <summary>The bot token, for proactive messages and command registration.</summary>
    public string BotToken { get; set; } = string.Empty;

    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>How long a turn may run before the interaction is deferred; Discord gives up after 3 seconds.</summary>
    [Range(100, 2500)]
    public int DeferAfterMilliseconds { get; set; } = 2000;

    /// <summary>The largest interaction accepted; real ones, even with a long modal answer, are far smaller.</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Whether the Discord channel is on: enabled, or configured in part.</summary>
    public bool IsConfigured =>
        Enabled
        || !string.IsNullOrWhiteSpace(ApplicationId)
        || !string.IsNullOrWhiteSpace(PublicKey)
        || !string.IsNullOrWhiteSpace(BotToken);
}
