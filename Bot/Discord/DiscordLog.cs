namespace CoproBot.Bot.Discord;

/// <summary>Every log event of the Discord channel, with stable ids from 1200. Message text and tokens are never logged.</summary>
internal static partial class DiscordLog
{
    [LoggerMessage(EventId = 1200, Level = LogLevel.Information, Message = "Rejected a Discord request: {Status} {Reason}")]
    public static partial void RequestRejected(ILogger logger, int status, string reason);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "Interaction {InteractionId} took longer than {Milliseconds} ms and was deferred")]
    public static partial void Deferred(ILogger logger, string interactionId, int milliseconds);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Warning, Message = "Discord rate-limited {Method} {Route}; waiting {Seconds} s before attempt {Attempt} is retried")]
    public static partial void RateLimited(ILogger logger, string method, string route, double seconds, int attempt);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Warning, Message = "Discord answered {Status} to {Method} {Route}")]
    public static partial void RequestFailed(ILogger logger, string method, string route, int status);

    [LoggerMessage(EventId = 1204, Level = LogLevel.Error, Message = "A reply to interaction {InteractionId} in {ConversationId} could not be delivered")]
    public static partial void ReplyFailed(ILogger logger, Exception exception, string interactionId, string? conversationId);

    [LoggerMessage(EventId = 1205, Level = LogLevel.Error, Message = "The turn of interaction {InteractionId} failed outside the bot's error handler")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string interactionId);

    [LoggerMessage(EventId = 1206, Level = LogLevel.Information, Message = "Registered {Count} Discord command(s) {Scope}")]
    public static partial void CommandsRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(EventId = 1207, Level = LogLevel.Debug, Message = "Interaction {InteractionId} of type {Type} in channel {ChannelId}")]
    public static partial void InteractionReceived(ILogger logger, string interactionId, int type, string? channelId);

    [LoggerMessage(EventId = 1208, Level = LogLevel.Warning, Message = "Discord did not answer {Method} {Route} within {Seconds} s; attempt {Attempt} is retried")]
    public static partial void AttemptTimedOut(ILogger logger, string method, string route, int seconds, int attempt);

    [LoggerMessage(EventId = 1209, Level = LogLevel.Warning, Message = "Gave up on {Method} {Route} after {Attempts} attempt(s) without an answer")]
    public static partial void GaveUp(ILogger logger, string method, string route, int attempts);

    [LoggerMessage(EventId = 1210, Level = LogLevel.Information, Message = "A note for one person could not be sent in a direct message, so it was not sent")]
    public static partial void DirectMessageFailed(ILogger logger, Exception exception);
}
