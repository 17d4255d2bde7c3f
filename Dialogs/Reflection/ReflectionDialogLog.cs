using CoproBot.Dialogs.Replies;
using CoproBot.Dialogs.Understanding;
using Microsoft.Extensions.Logging;

namespace CoproBot.Dialogs.Reflection;

/// <summary>Every log event of reflections and reminders (ids 2100–2199). What people write is never logged.</summary>
internal static partial class ReflectionDialogLog
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "Started a reflection on {CaseId}")]
    public static partial void Started(ILogger logger, string caseId);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Completed a reflection on {CaseId}")]
    public static partial void Completed(ILogger logger, string caseId);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Cancelled a reflection")]
    public static partial void Cancelled(ILogger logger);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Information, Message = "Paused a reflection on {ChannelId}; reminder set: {WithReminder}")]
    public static partial void Paused(ILogger logger, string? channelId, bool withReminder);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Information, Message = "Paused a reflection for crisis support on {ChannelId}")]
    public static partial void PausedForCare(ILogger logger, string? channelId);

    [LoggerMessage(EventId = 2105, Level = LogLevel.Information, Message = "Ignored a card answer for step {CardStep} while waiting for {CurrentStep}")]
    public static partial void StaleCard(ILogger logger, StepReference cardStep, StepReference currentStep);

    [LoggerMessage(EventId = 2106, Level = LogLevel.Information, Message = "Resumed a reflection from a reminder on {ChannelId}")]
    public static partial void ResumedByReminder(ILogger logger, string? channelId);

    [LoggerMessage(EventId = 2107, Level = LogLevel.Debug, Message = "Read a message as {Meaning} at {Awaiting} (confidence {Confidence})")]
    public static partial void MeaningRead(ILogger logger, MeaningKind meaning, Awaiting awaiting, double confidence);
}
