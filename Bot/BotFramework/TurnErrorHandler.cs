using CoproBot.Bot.State;
using CoproBot.Dialogs.Languages;
using CoproBot.Storage.Tables;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Identity.Client;
using Polly.Timeout;

namespace CoproBot.Bot.BotFramework;

/// <summary>What a user sees when a turn fails: a plain apology in their language, and a fresh start instead of a stuck dialog.</summary>
public sealed class TurnErrorHandler(ConversationState conversationState, ILogger<TurnErrorHandler> logger, PrivateConversationState? privateState = null)
{
    /// <summary>The apology in English, as an English speaker reads it.</summary>
    public static string Apology => Language.English[Phrase.TurnErrorApology];

    /// <summary>The word that the last answer was not saved, in English.</summary>
    public static string NotSaved => Language.English[Phrase.TurnErrorNotSaved];

    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        var activity = turnContext.Activity;
        if (exception is ETagConflictException)
        {
            // Decided again on fresh state and still outraced: nothing of this turn was saved, and nothing is reset.
            BotLog.StateConflict(logger, activity.ChannelId, activity.Conversation?.Id);
            await TrySendAsync(turnContext, Phrase.TurnErrorNotSaved);
            return;
        }

        if (IsStorageOutage(exception))
        {
            // Progress is kept: nothing of this turn was saved, so the person simply tries again.
            BotLog.StorageUnavailable(logger, activity.ChannelId, activity.Conversation?.Id);
            await TrySendAsync(turnContext, Phrase.TurnErrorNotSaved);
            return;
        }

        if (IsTokenFailure(exception))
        {
            // The identity service gave no token for the reply, so nothing could be sent, not even an apology. As with a
            // failed delivery, the dialog has not moved past what the person last saw: keep it for when they write again.
            BotLog.TokenUnavailable(logger, exception, activity.ChannelId, activity.Conversation?.Id);
            return;
        }

        if (IsDeliveryFailure(exception))
        {
            // The channel could not be reached, even after retries. Dialog state is saved after its replies are sent,
            // so a reflection has not moved past what the person last saw; resetting would lose their progress, and
            // another send would only fail the same way.
            BotLog.ReplyNotDelivered(logger, exception, activity.ChannelId, activity.Conversation?.Id);
            return;
        }

        BotLog.TurnFailed(logger, exception, activity.ChannelId, activity.Conversation?.Id);
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
            BotLog.ResetFailed(logger, resetError, activity.Conversation?.Id);
        }

        await TrySendAsync(turnContext, Phrase.TurnErrorApology);
    }

    private static bool IsStorageOutage(Exception exception) =>
        exception is StorageUnavailableException
        || (exception is AggregateException aggregate && aggregate.InnerExceptions.Any(IsStorageOutage))
        || (exception.InnerException is { } inner && IsStorageOutage(inner));

    /// <summary>A send to the channel that failed after its retries: an error answer, a broken connection, or timeouts.</summary>
    public static bool IsDeliveryFailure(Exception exception) =>
        exception is ErrorResponseException or HttpRequestException or TimeoutRejectedException or TimeoutException
        || (exception is AggregateException aggregate && aggregate.InnerExceptions.Any(IsDeliveryFailure));

    /// <summary>Getting the app's token for a reply failed: the identity service refused, failed or could not be reached.</summary>
    public static bool IsTokenFailure(Exception exception) =>
        exception is MsalException or ThrottleException
        || (exception is AggregateException aggregate && aggregate.InnerExceptions.Any(IsTokenFailure))
        || (exception.InnerException is { } inner && IsTokenFailure(inner));

    private async Task TrySendAsync(ITurnContext turnContext, Phrase apology)
    {
        var activity = turnContext.Activity;
        if (activity.Type is not ("message" or "invoke"))
        {
            return;
        }

        try
        {
            await turnContext.SendActivityAsync(LanguageOf(turnContext)[apology], cancellationToken: CancellationToken.None);
        }
        catch (Exception sendError) when (sendError is not OperationCanceledException)
        {
            BotLog.ApologyFailed(logger, sendError, activity.Conversation?.Id);
        }
    }

    /// <summary>The turn's language if it is kept or can still be read from the activity, else English.</summary>
    /// <remarks>The turn has already failed, perhaps while reading the very things its language is decided from.</remarks>
    private Language LanguageOf(ITurnContext turnContext)
    {
        try
        {
            return TurnLanguage.Of(turnContext);
        }
        catch (Exception languageError) when (languageError is not OperationCanceledException)
        {
            BotLog.TurnLanguageUnknown(logger, languageError, turnContext.Activity.Conversation?.Id);
            return Language.English;
        }
    }
}
