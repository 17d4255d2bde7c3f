using CoproBot.Bot.Teams.Cards;
using CoproBot.Knowledge.Answers;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace CoproBot.Bot.Conversation;

/// <summary>Turns a channel-neutral answer into a message: an Adaptive Card in Teams, Markdown with buttons elsewhere.</summary>
public static class AnswerMessages
{
    private const int MaxCardButtons = 6;

    public static IMessageActivity For(Answer answer, string channelId)
    {
        var markdown = MarkdownAnswerRenderer.Render(answer);
        var suggestions = answer.DidYouMean.Concat(answer.FollowUps).ToList();
        if (channelId == Channels.Msteams && Card(answer, markdown, suggestions).ToAttachment() is { } card)
        {
            var message = MessageFactory.Attachment(card);
            message.Summary = answer.Title;
            return message;
        }

        var reply = MessageFactory.Text(markdown);
        reply.TextFormat = TextFormatTypes.Markdown;
        if (suggestions.Count > 0)
        {
            reply.SuggestedActions = new SuggestedActions
            {
                Actions = [.. suggestions.Select(s => new CardAction(ActionTypes.ImBack, s.Label, value: s.Question))],
            };
        }

        return reply;
    }

    private static string Body(AnswerSection section) =>
        section.Items.Count > 0 ? string.Join("\r", section.Items.Select(i => "- " + i.Replace('\n', ' '))) : section.Text ?? string.Empty;

    private static AdaptiveCard Card(Answer answer, string markdown, List<SuggestedQuestion> suggestions)
    {
        var card = new AdaptiveCard(markdown).Text(answer.Title, bold: true, size: "Medium");
        if (answer.Text is not null)
        {
            card.Text(answer.Text);
        }

        // One case: each feature under its heading. Several cases: each feature's heading, then the cases side by side.
        foreach (var group in answer.Sections.GroupBy(s => s.Group))
        {
            if (group.Key is not null)
            {
                card.Text(group.Key, bold: true, size: "Medium");
                card.Columns(group.Select(s => (s.Heading, Body(s))));
                continue;
            }

            foreach (var section in group)
            {
                if (answer.Sections.Count > 1)
                {
                    card.Text(section.Heading, bold: true);
                }

                if (section.Items.Count > 0)
                {
                    card.Bullets(section.Items);
                }
                else if (section.Text is not null)
                {
                    card.Text(section.Text);
                }
            }
        }

        if (answer.Sections.Count > 0)
        {
            card.Text("Source: " + string.Join("; ", answer.Sources.Select(s => s.Label).Distinct()), subtle: true, size: "Small");
        }

        foreach (var suggestion in suggestions.Take(MaxCardButtons))
        {
            card.Say(suggestion.Label, suggestion.Question);
        }

        return card;
    }
}
