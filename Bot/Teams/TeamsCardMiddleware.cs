using CoproBot.Bot.Teams.Cards;
using CoproBot.Dialogs.Reflection;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace CoproBot.Bot.Teams;

/// <summary>In Teams, questions become Adaptive Cards: an answer box and a submit button, or a button per choice.</summary>
/// <remarks>
/// The dialogs send channel-neutral prompts (text, suggested actions, the step they ask in channel data). Teams shows
/// suggested actions only in personal chat, so here they become card buttons; each submit carries the step, so the
/// reflection can tell an answer to the current question from a stale card. The text stays as the card's fallback.
/// </remarks>
public sealed class TeamsCardMiddleware : IMiddleware
{
    private static readonly string[] Ratings = ["1", "2", "3", "4", "5"];

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (turnContext.Activity.ChannelId == Channels.Msteams)
        {
            turnContext.OnSendActivities(async (context, activities, nextSend) =>
            {
                for (var i = 0; i < activities.Count; i++)
                {
                    activities[i] = AsCard(activities[i], context.Activity.Conversation?.ConversationType);
                }

                return await nextSend();
            });
        }

        await next(cancellationToken);
    }

    public static Activity AsCard(Activity activity, string? conversationType)
    {
        if (activity.Type != ActivityTypes.Message || activity.Attachments?.Count > 0 || string.IsNullOrEmpty(activity.Text))
        {
            return activity;
        }

        var step = (activity.ChannelData as JObject)?[CardAnswer.StepKey]?.ToString();
        var actions = activity.SuggestedActions?.Actions ?? [];
        if (step is null && (actions.Count == 0 || conversationType is null or "personal"))
        {
            return activity;
        }

        var card = new AdaptiveCard(activity.Text);
        foreach (var line in activity.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            card.Text(line);
        }

        if (step is null)
        {
            foreach (var action in actions)
            {
                card.Say(action.Title, action.Value?.ToString() ?? action.Title);
            }
        }
        else if (step.StartsWith("principle-", StringComparison.Ordinal) && !step.EndsWith("-note", StringComparison.Ordinal))
        {
            foreach (var rating in Ratings)
            {
                card.Submit(rating, Answer(rating, step));
            }
        }
        else if (actions.Count > 0)
        {
            foreach (var action in actions)
            {
                card.Submit(action.Title, Answer(action.Value?.ToString() ?? action.Title, step));
            }
        }
        else
        {
            card.TextInput("answer", "Type your answer here");
            card.Submit("Send", new JObject { ["step"] = step });
        }

        if (card.ToAttachment() is not { } attachment)
        {
            return activity;
        }

        var message = (Activity)MessageFactory.Attachment(attachment);
        message.Summary = activity.Text.Split('\n')[0];
        message.InputHint = activity.InputHint;
        message.ReplyToId = activity.ReplyToId;
        message.Conversation = activity.Conversation;
        message.From = activity.From;
        message.Recipient = activity.Recipient;
        message.ServiceUrl = activity.ServiceUrl;
        message.ChannelId = activity.ChannelId;
        message.Locale = activity.Locale;
        message.Entities = activity.Entities;
        TargetedReplies.CarryOver(activity, message);
        return message;
    }

    private static JObject Answer(string answer, string step) => new() { ["answer"] = answer, ["step"] = step };
}
