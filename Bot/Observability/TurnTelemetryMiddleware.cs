using System.Diagnostics;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace CoproBot.Bot.Observability;

/// <summary>Measures each turn (a span, a count and a duration) and puts its conversation and channel in the log scope.</summary>
/// <remarks>First in <see cref="BotFramework.MiddlewareOrder"/>, so it wraps every other middleware and the bot; a failure still reaches the turn error handler.</remarks>
public sealed class TurnTelemetryMiddleware(CoproBotTelemetry telemetry, TimeProvider time, ILogger<TurnTelemetryMiddleware> logger) : IMiddleware
{
    // Activity types come from the request; an unknown one is counted as "other" so metrics keep few series.
    private static readonly HashSet<string?> KnownTypes =
    [
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.Invoke, ActivityTypes.InstallationUpdate,
        ActivityTypes.MessageReaction, ActivityTypes.MessageUpdate, ActivityTypes.MessageDelete, ActivityTypes.Event,
        ActivityTypes.Typing, ActivityTypes.EndOfConversation,
    ];

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        var channel = activity.ChannelId ?? "unknown";
        var type = KnownTypes.Contains(activity.Type) ? activity.Type : "other";
        var conversationId = activity.Conversation?.Id;

        using var scope = ObservabilityLog.TurnScope(logger, conversationId, channel);
        using var span = CoproBotTelemetry.ActivitySource.StartActivity("turn " + type, ActivityKind.Internal);
        span?.SetTag(TelemetryTags.Channel, channel);
        span?.SetTag(TelemetryTags.ActivityType, type);
        span?.SetTag(TelemetryTags.ConversationId, conversationId);

        var started = time.GetTimestamp();
        var outcome = TelemetryTags.Error;
        try
        {
            await next(cancellationToken);
            outcome = TelemetryTags.Ok;
        }
        catch (Exception exception)
        {
            span?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            throw;
        }
        finally
        {
            span?.SetTag(TelemetryTags.Outcome, outcome);
            var tags = new TagList
            {
                { TelemetryTags.Channel, channel },
                { TelemetryTags.ActivityType, type },
                { TelemetryTags.Outcome, outcome },
            };
            telemetry.Turns.Add(1, tags);
            telemetry.TurnDuration.Record(time.GetElapsedTime(started).TotalSeconds, tags);
        }
    }
}
