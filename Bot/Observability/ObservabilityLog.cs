namespace CoproBot.Bot.Observability;

/// <summary>Log events and scopes of observability (event ids 1100–1119).</summary>
internal static partial class ObservabilityLog
{
    private static readonly Func<ILogger, string?, string, IDisposable?> TurnScopeDefinition =
        LoggerMessage.DefineScope<string?, string>("Conversation {ConversationId} on {ChannelId}");

    /// <summary>Every log event written during a turn carries its conversation id and channel.</summary>
    public static IDisposable? TurnScope(ILogger logger, string? conversationId, string channelId) =>
        TurnScopeDefinition(logger, conversationId, channelId);

    [LoggerMessage(EventId = 1100, Level = LogLevel.Warning, Message = "{Peer} answered 429 Too Many Requests to {Method} {Host}")]
    public static partial void Throttled(ILogger logger, string peer, string method, string host);
}
