using Microsoft.Extensions.Logging;

namespace CoproBot.Tests.Architecture.Violations.LogEvents;

/// <summary>One of two logging classes that share an event id on purpose, so the id check can show that it finds them. Never called.</summary>
internal static partial class TwiceUsedIds
{
    [LoggerMessage(EventId = 4242, Level = LogLevel.Debug, Message = "First")]
    public static partial void First(ILogger logger);
}
