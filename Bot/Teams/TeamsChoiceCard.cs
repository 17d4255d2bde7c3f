using CoproBot.Bot.Teams.Cards;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CoproBot.Bot.Teams;

/// <summary>Suggested actions as card buttons outside personal chat, where Teams shows no suggested actions.</summary>
public static class TeamsChoiceCard
{
    /// <summary>The message as Teams should get it: a text with buttons becomes a card; a card keeps its own buttons only.</summary>
    public static Activity AsSent(Activity activity, string? conversationType)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type != ActivityTypes.Message)
        {
            return activity;
        }

        if (activity.Attachments?.Any(a => a.ContentType == AdaptiveCard.ContentType) == true)
        {
            // A prompt adds its choices as suggested actions after the card was made with them as buttons.
            activity.SuggestedActions = null;
            return activity;
        }

        var actions = activity.SuggestedActions?.Actions ?? [];
        if (activity.Attachments?.Count > 0 || string.IsNullOrEmpty(activity.Text) || actions.Count == 0 || conversationType is null or "personal")
        {
            return activity;
        }

        var card = new AdaptiveCard(activity.Text);
        foreach (var line in activity.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            card.Text(line);
        }

        foreach (var action in actions)
        {
            card.Say(action.Title, action.Value?.ToString() ?? action.Title);
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
}
