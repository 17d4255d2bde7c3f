using CoproBot.Knowledge.Store;

namespace CoproBot.Bot;

/// <summary>Every log event of the host, with stable ids. Message text is never logged above Debug.</summary>
internal static partial class BotLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Error, Message = "A turn failed on channel {ChannelId} in conversation {ConversationId}")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string? channelId, string? conversationId);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "The conversation state of {ConversationId} could not be reset after a failed turn")]
    public static partial void ResetFailed(ILogger logger, Exception exception, string? conversationId);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Error, Message = "A reply could not be delivered on {ChannelId} to {ConversationId} after retries; the conversation was left as it was, not reset")]
    public static partial void ReplyNotDelivered(ILogger logger, Exception exception, string? channelId, string? conversationId);

    [LoggerMessage(EventId = 1009, Level = LogLevel.Information, Message = "The state of {ChannelId} conversation {ConversationId} changed during a turn; loaded again and re-running (attempt {Attempt})")]
    public static partial void TurnRerun(ILogger logger, string? channelId, string? conversationId, int attempt);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Warning, Message = "The state of {ChannelId} conversation {ConversationId} kept changing during a turn; the person was asked to try again")]
    public static partial void StateConflict(ILogger logger, string? channelId, string? conversationId);

    [LoggerMessage(EventId = 1013, Level = LogLevel.Debug, Message = "A typing indicator could not be sent on {ChannelId} to {ConversationId}")]
    public static partial void TypingFailed(ILogger logger, Exception exception, string? channelId, string? conversationId);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "The apology for a failed turn could not be sent to {ConversationId}")]
    public static partial void ApologyFailed(ILogger logger, Exception exception, string? conversationId);

    [LoggerMessage(EventId = 1042, Level = LogLevel.Warning, Message = "The language of a failed turn in {ConversationId} could not be read; the apology is in English")]
    public static partial void TurnLanguageUnknown(ILogger logger, Exception exception, string? conversationId);

    [LoggerMessage(EventId = 1014, Level = LogLevel.Information, Message = "An activity already answered on {ChannelId} in {ConversationId} came again; sending the {Count} replies saved for it and not yet confirmed")]
    public static partial void OwedRepliesResent(ILogger logger, string? channelId, string? conversationId, int count);

    [LoggerMessage(EventId = 1015, Level = LogLevel.Warning, Message = "A reply in {ConversationId} was delivered but could not be marked so after {Attempts} attempts; this instance will not send it again, and its next write of the row drops it")]
    public static partial void ReplyClearGaveUp(ILogger logger, string? conversationId, int attempts);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Activity {ActivityId} on {ChannelId} in {ConversationId} was already processed; the repeat is ignored")]
    public static partial void DuplicateActivity(ILogger logger, string? channelId, string? conversationId, string activityId);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Information, Message = "Rejected a request to {Path}: {Status} {Reason}")]
    public static partial void RequestRejected(ILogger logger, string path, int status, string reason);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Warning, Message = "Rejected an unauthenticated activity on {ChannelId}: {Reason}")]
    public static partial void Unauthorized(ILogger logger, string? channelId, string reason);

    [LoggerMessage(EventId = 1040, Level = LogLevel.Warning, Message = "Client {Client} sent more than {Limit} failing requests this minute; its further failures this minute are answered 429 and not logged")]
    public static partial void ClientCutOff(ILogger logger, string client, int limit);

    [LoggerMessage(EventId = 1041, Level = LogLevel.Error, Message = "No token could be obtained to reply on {ChannelId} to {ConversationId}; the conversation was left as it was, not reset")]
    public static partial void TokenUnavailable(ILogger logger, Exception exception, string? channelId, string? conversationId);

    [LoggerMessage(EventId = 1020, Level = LogLevel.Information, Message = "Offered crisis support on {ChannelId} in {ConversationId}")]
    public static partial void CrisisSupportOffered(ILogger logger, string? channelId, string? conversationId);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Purging old delivery records failed; the next run tries again")]
    public static partial void PurgeFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "Asked {ChannelId} conversation {ConversationId} to slow down")]
    public static partial void RateLimited(ILogger logger, string? channelId, string? conversationId);

    [LoggerMessage(EventId = 1030, Level = LogLevel.Information, Message = "Knowledge {Outcome}: generation {Generation}")]
    public static partial void KnowledgeLoaded(ILogger logger, SeedOutcome outcome, long generation);

    [LoggerMessage(EventId = 1031, Level = LogLevel.Warning, Message = "Loading the knowledge from the store failed; answering from the shipped knowledge and trying again")]
    public static partial void KnowledgeLoadFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1032, Level = LogLevel.Information, Message = "Knowledge changed elsewhere and was reloaded: generation {Generation}")]
    public static partial void KnowledgeRefreshed(ILogger logger, long generation);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "The store was unavailable during a turn on {ChannelId} in {ConversationId}; the person was asked to try again")]
    public static partial void StorageUnavailable(ILogger logger, string? channelId, string? conversationId);
}
