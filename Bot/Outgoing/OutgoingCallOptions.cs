using System.ComponentModel.DataAnnotations;

namespace CoproBot.Bot.Outgoing;

/// <summary>How calls to the Bot Connector and the Discord API are retried when a channel throttles, fails or does not answer.</summary>
public sealed class OutgoingCallOptions
{
    public const string Section = "OutgoingCalls";

    /// <summary>Retries after the first attempt; a send gives up cleanly after these.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first backoff; later ones grow exponentially, with jitter.</summary>
    [Range(1, 60_000)]
    public int BaseDelayMilliseconds { get; set; } = 200;

    /// <summary>How long one attempt may take before it counts as failed.</summary>
    [Range(1, 300)]
    public int AttemptTimeoutSeconds { get; set; } = 10;
}
