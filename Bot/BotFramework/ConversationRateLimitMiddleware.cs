using CoproBot.Dialogs.Languages;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace CoproBot.Bot.BotFramework;

/// <summary>Keeps one person, or one busy conversation, from crowding out everyone else, and says so kindly.</summary>
/// <remarks>
/// Limits are per person and per conversation, inside the authenticated turn, never per address: every Teams activity
/// comes from the Bot Connector's few addresses and every Discord interaction from Discord's. A person's messages that
/// are refused do not count against their conversation, so one person sending too fast never slows the others down.
/// Each refusal is said once, not to every message of a burst, and the next message that gets through starts afresh.
/// </remarks>
public sealed class ConversationRateLimitMiddleware(IOptions<RateLimitOptions> options, TimeProvider time, ILogger<ConversationRateLimitMiddleware> logger) : IMiddleware
{
    /// <summary>What one person sending too fast is told, in English.</summary>
    public static string SlowDown => Language.English[Phrase.RateLimitPerson];

    /// <summary>What a conversation with too many messages at once is told, in English.</summary>
    public static string BusyConversation => Language.English[Phrase.RateLimitConversation];

    private readonly KeyedTokenBuckets _perPerson = new(options.Value.MessagesPerPersonPerMinute, time);
    private readonly KeyedTokenBuckets _perConversation = new(options.Value.MessagesPerConversationPerMinute, time);

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message)
        {
            await next(cancellationToken);
            return;
        }

        var conversation = activity.ChannelId + "|" + activity.Conversation.Id;

        // Someone the channel does not name is counted with their conversation, never with everyone else unnamed.
        var person = activity.From?.Id is { Length: > 0 } id ? activity.ChannelId + "|" + id : conversation + "|?";
        if (!_perPerson.TryTake(person, out var personToldBefore))
        {
            await RefuseAsync(turnContext, Phrase.RateLimitPerson, alreadyTold: personToldBefore, cancellationToken);
            return;
        }

        if (!_perConversation.TryTake(conversation, out var conversationToldBefore))
        {
            await RefuseAsync(turnContext, Phrase.RateLimitConversation, alreadyTold: conversationToldBefore, cancellationToken);
            return;
        }

        await next(cancellationToken);
    }

    private async Task RefuseAsync(ITurnContext turnContext, Phrase kindWords, bool alreadyTold, CancellationToken cancellationToken)
    {
        if (alreadyTold)
        {
            return;
        }

        var activity = turnContext.Activity;
        BotLog.RateLimited(logger, activity.ChannelId, activity.Conversation.Id);

        // Decided from the locale and the words alone: the person's stored choice would cost the storage read a
        // refusal is there to save. Nothing is kept in the turn, since the turn goes no further.
        var say = TurnLanguage.Decide(chosen: null, TurnLanguage.LocaleOf(activity), activity.Text);
        await turnContext.SendActivityAsync(say[kindWords], cancellationToken: cancellationToken);
    }
}
