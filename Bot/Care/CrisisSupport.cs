using CoproBot.Bot.BotFramework;
using CoproBot.Dialogs.Care;
using CoproBot.Dialogs.Languages;
using CoproBot.Dialogs.Reflection;
using CoproBot.Dialogs.Replies;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace CoproBot.Bot.Care;

/// <summary>The safety net: one crisis check of every incoming message, run once, before any other handling.</summary>
/// <remarks>
/// Everything the person wrote is read (<see cref="PersonsWords"/>): typed text, card submits, modal fields, button
/// values, answers to a yes/no question, contributions to a group. When it speaks of crisis, support is the only
/// reply: a reflection in progress is paused, and the words go no further, so they are never saved as an answer or
/// a contribution, never logged and never shown to anyone else. The support reaches the person privately (see
/// <see cref="Reply.Private"/>). Each message is checked on its own, so an earlier "I'm fine" never silences it.
/// </remarks>
public sealed class CrisisSupport(CrisisDetector detector, ReflectionTurns reflections, IOptions<CareOptions> care, ILogger<CrisisSupport> logger)
{
    /// <summary>Offers support if the message speaks of crisis; true means the turn has been answered.</summary>
    public async Task<bool> TryOfferAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message)
        {
            return false;
        }

        var words = PersonsWords.Of(activity);

        // The only place the detector is asked, for every channel and every kind of message.
        if (!detector.Read(words).IsCrisis)
        {
            return false;
        }

        BotLog.CrisisSupportOffered(logger, activity.ChannelId, activity.Conversation?.Id);
        var paused = await reflections.PauseForCareAsync(turnContext, cancellationToken);
        // The turn's language (the person's choice, else their locale), unless the words are clearly in the other one;
        // the locale still picks the region's lines.
        var wording = SupportLanguage.Choose(TurnLanguage.Of(turnContext).Code, words);
        var locale = TurnLanguage.LocaleOf(activity);
        var support = new Reply(SupportMessage.For(care.Value, locale, wording, paused))
        {
            Private = true,
            InChannel = SupportMessage.ForAnyone(care.Value, locale, wording),
        };
        // Sent at once, before the turn's state write: support never waits on storage, nor is it kept for sending later.
        await TurnOutbox.SendNowAsync(turnContext, ReplyRendering.Render(turnContext, support), cancellationToken);
        return true;
    }
}
