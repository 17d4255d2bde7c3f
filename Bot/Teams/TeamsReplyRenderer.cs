using CoproBot.Dialogs.Languages;
using CoproBot.Dialogs.Replies;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CoproBot.Bot.Teams;

/// <summary>Renders replies for Teams: answers and questions as Adaptive Cards, charts as chart cards beside the text, mentions as mention entities, private replies targeted, a note for someone else to them alone.</summary>
public sealed class TeamsReplyRenderer : IReplyRenderer
{
    public static TeamsReplyRenderer Instance { get; } = new();

    public Activity Render(ITurnContext turnContext, Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        Mention? mention = null;
        if (reply.Mention is { } person)
        {
            var name = person.Name ?? "there";
            mention = new Mention { Mentioned = new ChannelAccount(person.Id, name), Text = $"<at>{name}</at>", Type = "mention" };
        }

        var text = TextReplyRenderer.Addressed(reply, mention?.Text ?? string.Empty);
        var card = reply.Answer is { } answer
            ? TeamsAnswerCard.For(answer, reply)
            : reply.Input is { Step: { } step } ? TeamsPromptCard.For(text, reply, step, TurnLanguage.Of(turnContext)) : null;
        Activity activity;
        if (card is null)
        {
            activity = TextReplyRenderer.Message(reply, text);

            // The words first, as always; the charts beside them say the same as pictures.
            if (TeamsChartCard.For(reply.Charts) is { } charts)
            {
                activity.Attachments = [charts];
            }
        }
        else
        {
            activity = (Activity)MessageFactory.Attachment(card);
            activity.Summary = reply.Answer?.Title ?? text.Split('\n')[0];
            activity.InputHint = reply.Input is { Now: true } ? InputHints.ExpectingInput : null;
        }

        if (mention is not null)
        {
            activity.Entities = [.. activity.Entities ?? [], mention];
        }

        if (reply.PrivateTo is { } to)
        {
            TargetedReplies.Mark(activity, inChannel: null, to);
        }
        else if (reply.Private)
        {
            TargetedReplies.Mark(activity, reply.InChannel);
        }

        return activity;
    }
}
