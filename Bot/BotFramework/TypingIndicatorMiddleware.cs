using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace CoproBot.Bot.BotFramework;

/// <summary>Shows a typing indicator while a message's turn takes a while: after a delay, then every two seconds, until it ends.</summary>
/// <remarks>
/// One timer per turn and no cancellation: Bot Builder's ShowTypingMiddleware cancels a delay on every turn, which
/// throws and catches an exception each time, and it keeps per-turn state in a field, so a shared instance breaks as
/// soon as two turns overlap. A typing indicator that cannot be sent is only logged; it never fails the turn.
/// </remarks>
public sealed class TypingIndicatorMiddleware(IOptions<BotOptions> options, TimeProvider time, ILogger<TypingIndicatorMiddleware> logger) : IMiddleware
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(2);

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            await next(cancellationToken);
            return;
        }

        var typing = new Indicator(turnContext, logger);
        var timer = time.CreateTimer(static state => ((Indicator)state!).Show(), typing, TimeSpan.FromMilliseconds(options.Value.TypingDelayMilliseconds), Period);
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            await timer.DisposeAsync();
            await typing.StopAsync();
        }
    }

    private sealed class Indicator(ITurnContext turnContext, ILogger logger)
    {
        private readonly Lock _gate = new();
        private Task _sending = Task.CompletedTask;
        private bool _stopped;

        public void Show()
        {
            lock (_gate)
            {
                // One indicator at a time, and none once the turn is over.
                if (_stopped || !_sending.IsCompleted)
                {
                    return;
                }

                _sending = SendAsync();
            }
        }

        public Task StopAsync()
        {
            lock (_gate)
            {
                _stopped = true;
                return _sending;
            }
        }

        private async Task SendAsync()
        {
            var incoming = turnContext.Activity;
            var typing = new Activity(ActivityTypes.Typing) { RelatesTo = incoming.RelatesTo };
            typing.ApplyConversationReference(incoming.GetConversationReference());
            try
            {
                await turnContext.Adapter.SendActivitiesAsync(turnContext, [typing], CancellationToken.None);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                Log.TypingFailed(logger, e, incoming.ChannelId, incoming.Conversation?.Id);
            }
        }
    }
}
