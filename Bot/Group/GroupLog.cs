namespace CoproBot.Bot.Group;

/// <summary>Log events of group sessions (ids 2200–2299). What people write is never logged.</summary>
internal static partial class GroupLog
{
    [LoggerMessage(EventId = 2200, Level = LogLevel.Debug, Message = "Group session turn on {ChannelId} in {ConversationId}: {Replies} replies")]
    public static partial void Handled(ILogger logger, string? channelId, string? conversationId, int replies);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Information, Message = "Purged {Count} group sessions older than {Days} days")]
    public static partial void Purged(ILogger logger, int count, int days);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Warning, Message = "Purging expired group sessions failed; the next run tries again")]
    public static partial void PurgeFailed(ILogger logger, Exception exception);
}
