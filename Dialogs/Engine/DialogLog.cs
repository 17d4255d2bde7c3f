using Microsoft.Extensions.Logging;

namespace CoproBot.Dialogs.Engine;

/// <summary>Every log event of the dialog engine, with stable ids. User text is never logged.</summary>
internal static partial class DialogLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Restarted dialog {DialogId}: saved version {SavedVersion}, current version {CurrentVersion}")]
    public static partial void DialogRestarted(ILogger logger, string dialogId, string savedVersion, string currentVersion);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Cleared a dialog stack: dialog {DialogId} no longer exists")]
    public static partial void DialogGone(ILogger logger, string dialogId);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Prompt {PromptId} gave up after {Attempts} answers it could not use")]
    public static partial void PromptGaveUp(ILogger logger, string promptId, int attempts);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Cleared a dialog stack whose saved state could not be read")]
    public static partial void UnreadableState(ILogger logger, Exception exception);
}
