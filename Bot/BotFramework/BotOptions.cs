using System.ComponentModel.DataAnnotations;

namespace CoproBot.Bot.BotFramework;

/// <summary>How the Bot Framework endpoint behaves. App credentials stay in the standard root settings.</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>The largest activity accepted at /api/messages; Bot Framework activities are far smaller.</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>How long a turn may run before the user sees a typing indicator.</summary>
    [Range(0, 10_000)]
    public int TypingDelayMilliseconds { get; set; } = 500;

    /// <summary>
    /// Above this many message turns in progress per processor core, no typing indicator is shown: each is one more call
    /// to the channel, and on a busy instance the replies themselves go first.
    /// </summary>
    [Range(1, 10_000)]
    public int TypingTurnsPerCore { get; set; } = 8;

    /// <summary>
    /// This instance's name in the replies it saves for sending. A process restarted under the same name sends what its
    /// predecessor saved and could not confirm at once; another instance waits <see cref="OutboxLeaseSeconds"/> first.
    /// </summary>
    [MaxLength(200)]
    public string InstanceName { get; set; } = Environment.MachineName;

    /// <summary>How long another instance's unconfirmed replies are left to it before a re-send of the activity sends them.</summary>
    [Range(0, 3600)]
    public int OutboxLeaseSeconds { get; set; } = 60;
}
