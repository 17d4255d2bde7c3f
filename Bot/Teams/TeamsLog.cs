namespace CoproBot.Bot.Teams;

/// <summary>Log events of the Teams-only paths, with stable ids. Message text is never logged.</summary>
internal static partial class TeamsLog
{
    [LoggerMessage(EventId = 1050, Level = LogLevel.Information, Message = "Teams refused a targeted message in {ConversationId} with {Status}; sending it in a personal chat instead")]
    public static partial void TargetedRefused(ILogger logger, string? conversationId, int status);

    [LoggerMessage(EventId = 1051, Level = LogLevel.Warning, Message = "A targeted message in {ConversationId} could not be sent; sending it in a personal chat instead")]
    public static partial void TargetedFailed(ILogger logger, Exception exception, string? conversationId);

    [LoggerMessage(EventId = 1052, Level = LogLevel.Warning, Message = "A personal chat could not be opened or written to for a private reply from {ConversationId}")]
    public static partial void PersonalChatFailed(ILogger logger, Exception exception, string? conversationId);

    [LoggerMessage(EventId = 1053, Level = LogLevel.Warning, Message = "A private reply in {ConversationId} could not be delivered privately; a message naming no one was posted there instead")]
    public static partial void PostedInChannel(ILogger logger, string? conversationId);

    [LoggerMessage(EventId = 1054, Level = LogLevel.Debug, Message = "Sent a private reply in {ConversationId} as a {Way}")]
    public static partial void SentPrivately(ILogger logger, string? conversationId, string way);

    [LoggerMessage(EventId = 1055, Level = LogLevel.Information, Message = "A note for one person in {ConversationId} could not reach them alone, so it was not sent")]
    public static partial void NoteNotSent(ILogger logger, string? conversationId);
}
