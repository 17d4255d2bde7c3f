using CoproBot.Bot.State;
using Microsoft.Bot.Builder;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace CoproBot.Bot.BotFramework;

/// <summary>Runs a conversation's turns one at a time on this instance, and re-runs a turn whose state changed under it.</summary>
/// <remarks>
/// A person who sends two messages at once (a double tap, a card submitted twice) would otherwise have two turns read
/// the same state and the second save refused with an ETag conflict. Waiting in line avoids that on one instance.
/// Across instances it can still happen: the conflicting turn is never retried blindly, but its state is loaded
/// again and the turn decided again on it, a bounded number of times. Replies the failed attempt already sent may
/// then be sent again; what is saved is always decided on the latest state.
/// </remarks>
public sealed class SerialTurnMiddleware(
    ConversationTurnLock turnLock,
    ConversationState conversationState,
    ILogger<SerialTurnMiddleware> logger,
    PrivateConversationState? privateState = null) : IMiddleware
{
    /// <summary>
    /// How many times a turn is decided: every racing turn of the person writes their row once, and once more for each
    /// reply it delivers (see <see cref="TurnOutboxMiddleware"/>), so a turn racing two others can meet several changed
    /// versions before its own save goes through.
    /// </summary>
    public const int MaxAttempts = 6;

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Conversation?.Id is not { } conversationId)
        {
            await next(cancellationToken);
            return;
        }

        using var held = await turnLock.EnterAsync(activity.ChannelId + "\n" + conversationId, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await next(cancellationToken);
                return;
            }
            catch (ETagConflictException) when (attempt < MaxAttempts)
            {
                BotLog.TurnRerun(logger, activity.ChannelId, conversationId, attempt);
                // Only state this turn had loaded is loaded again; the rest is read fresh when the re-run asks for it.
                if (conversationState.GetCachedState(turnContext) is not null)
                {
                    await conversationState.LoadAsync(turnContext, force: true, cancellationToken);
                }

                if (privateState?.GetCachedState(turnContext) is not null)
                {
                    await privateState.LoadAsync(turnContext, force: true, cancellationToken);
                }
            }
        }
    }
}
