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
/// When the instance is busy (more turns in progress than <see cref="BotOptions.TypingTurnsPerCore"/> per core), turns
/// are slow because they wait for one another, and an indicator for each would make every reply later still.
/// </remarks>
public sealed class TypingIndicatorMiddleware(IOptions<BotOptions> options, TimeProvider time, ILogger<TypingIndicatorMiddleware> logger) : IMiddleware
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(2);

    private readonly Load _load = new(options.Value.TypingTurnsPerCore * Environment.ProcessorCount);

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            await next(cancellationToken);
            return;
        }

        var typing = new Indicator(turnContext, _load, logger);
        var timer = time.CreateTimer(static state => ((Indicator)state!).Show(), typing, TimeSpan.FromMilliseconds(options.Value.TypingDelayMilliseconds), Period);
        Interlocked.Increment(ref _load.TurnsInProgress);
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _load.TurnsInProgress);
            await timer.DisposeAsync();
            await typing.StopAsync();
        }
    }

    /// <summary>The message turns in progress on this instance, and how many it takes to call it busy.</summary>
    private sealed class Load(int busy)
    {
        public int TurnsInProgress;

        public bool IsBusy => Volatile.Read(ref TurnsInProgress) > busy;
    }

    private sealed class Indicator(ITurnContext turnContext, Load load, ILogger logger)
    {
        private readonly Lock _gate = new();
        private Task _sending = Task.CompletedTask;
        private bool _stopped;

        public void Show()
        {
            lock (_gate)
            {
                // One indicator at a time, none once the turn is over, and none while the instance is busy (the timer
                // tries again in two seconds).
                if (_stopped || !_sending.IsCompleted || load.IsBusy)
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
                BotLog.TypingFailed(logger, e, incoming.ChannelId, incoming.Conversation?.Id);
            }
        }
    }
}
