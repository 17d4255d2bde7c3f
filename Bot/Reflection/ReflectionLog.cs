namespace CoproBot.Bot.Reflection;

/// <summary>Log events of the reminder scheduler (ids 2150–2199; reflections themselves use 2100–2149).</summary>
internal static partial class ReflectionLog
{
    [LoggerMessage(EventId = 2150, Level = LogLevel.Information, Message = "Sent a reflection reminder on {ChannelId}")]
    public static partial void ReminderSent(ILogger logger, string channelId);

    [LoggerMessage(EventId = 2151, Level = LogLevel.Warning, Message = "A reflection reminder on {ChannelId} was dropped: the conversation is not known")]
    public static partial void ReminderUnreachable(ILogger logger, string channelId);

    [LoggerMessage(EventId = 2152, Level = LogLevel.Warning, Message = "A reflection reminder on {ChannelId} could not be sent and was dropped")]
    public static partial void ReminderFailed(ILogger logger, Exception exception, string channelId);

    [LoggerMessage(EventId = 2153, Level = LogLevel.Warning, Message = "Looking for due reminders failed; the next check tries again")]
    public static partial void SweepFailed(ILogger logger, Exception exception);
}
