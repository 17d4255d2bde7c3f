using Microsoft.Bot.Builder;

namespace CoproBot.Bot.BotFramework;

/// <summary>What a user sees when a turn fails: a plain apology, and a fresh start instead of a stuck dialog.</summary>
public sealed class TurnErrorHandler(ConversationState conversationState, ILogger<TurnErrorHandler> logger, PrivateConversationState? privateState = null)
{
    public const string Apology =
        "Sorry, something went wrong on my side. I've reset our conversation so you're not stuck. Say \"help\" to see what I can do.";

    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        var activity = turnContext.Activity;
        Log.TurnFailed(logger, exception, activity.ChannelId, activity.Conversation?.Id);
        try
        {
            await conversationState.DeleteAsync(turnContext, CancellationToken.None);

            // A person's own dialogs (their reflection) live in private state, and could be what is stuck.
            if (privateState is not null && activity.From?.Id is not null)
            {
                await privateState.DeleteAsync(turnContext, CancellationToken.None);
            }
        }
        catch (Exception resetError) when (resetError is not OperationCanceledException)
        {
            Log.ResetFailed(logger, resetError, activity.Conversation?.Id);
        }

        if (activity.Type is "message" or "invoke")
        {
            try
            {
                await turnContext.SendActivityAsync(Apology, cancellationToken: CancellationToken.None);
            }
            catch (Exception sendError) when (sendError is not OperationCanceledException)
            {
                Log.ApologyFailed(logger, sendError, activity.Conversation?.Id);
            }
        }
    }
}
