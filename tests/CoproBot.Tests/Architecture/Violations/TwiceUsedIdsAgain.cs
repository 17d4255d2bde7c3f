using Microsoft.Extensions.Logging;

namespace CoproBot.Tests.Architecture.Violations.LogEvents;

/// <summary>The other logging class with <see cref="TwiceUsedIds"/>' event id. Never called.</summary>
internal static partial class TwiceUsedIdsAgain
{
    [LoggerMessage(EventId = 4242, Level = LogLevel.Debug, Message = "Second")]
    public static partial void Second(ILogger logger);
}
