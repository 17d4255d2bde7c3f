using Microsoft.Extensions.Logging;

namespace CoproBot.Dialogs.Templates;

/// <summary>Every log event of templates (ids 2300–2349). Names and steps people write are never logged.</summary>
internal static partial class TemplateLog
{
    [LoggerMessage(EventId = 2300, Level = LogLevel.Information, Message = "Template request {Kind} on {ChannelId}")]
    public static partial void Command(ILogger logger, TemplateCommandKind kind, string? channelId);
}
