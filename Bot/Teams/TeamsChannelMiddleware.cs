using CoproBot.Dialogs.Replies;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace CoproBot.Bot.Teams;

/// <summary>The Teams channel layer of a turn: reads what came in (typed words, card submits) and renders what goes out.</summary>
/// <remarks>
/// The incoming message is read once, into <see cref="IncomingMessage"/>, and the activity is left as Teams sent it.
/// Features' replies are rendered by <see cref="TeamsReplyRenderer"/>; any other message with buttons is given them as
/// a card on the way out (<see cref="TeamsChoiceCard"/>).
/// </remarks>
public sealed class TeamsChannelMiddleware : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Activity.ChannelId == Channels.Msteams)
        {
            ReplyRendering.Use(turnContext, TeamsReplyRenderer.Instance);
            if (turnContext.Activity.AsMessageActivity() is { } message)
            {
                var typed = IncomingMessage.Plain(message);
                IncomingMessage.Set(turnContext, TeamsCardData.Read(message, typed) ?? typed);
            }

            turnContext.OnSendActivities(async (context, activities, nextSend) =>
            {
                for (var i = 0; i < activities.Count; i++)
                {
                    activities[i] = TeamsChoiceCard.AsSent(activities[i], context.Activity.Conversation?.ConversationType);
                }

                return await nextSend();
            });
        }

        await next(cancellationToken);
    }
}
