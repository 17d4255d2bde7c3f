using System.Globalization;
using CoproBot.Bot.Discord;
using CoproBot.Bot.Teams.Cards;
using CoproBot.Dialogs.Group;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CoproBot.Bot.Group;

/// <summary>Turns a group reply into the message each channel shows best: Teams cards with an answer box, Discord buttons and modals.</summary>
public static class GroupActivities
{
    private const string Teams = "msteams";

    public static Activity For(GroupReply reply, Activity incoming)
    {
        var channel = incoming.ChannelId;
        var text = reply.Text;
        Mention? mention = null;
        if (reply.Mention is { } person)
        {
            var name = person.Name ?? "there";
            (text, mention) = channel switch
            {
                Teams => ($"<at>{name}</at>, {text}", new Mention { Mentioned = new ChannelAccount(person.Id, name), Text = $"<at>{name}</at>" }),
                DiscordAdapter.ChannelId => ($"<@{person.Id}>, {text}", null),
                _ => ($"{name}, {text}", null),
            };
        }

        Activity activity;
        if (reply.AsksForText)
        {
            activity = channel == Teams && reply.AsksStep is { } step
                ? Card(text, step, [])
                : (Activity)MessageFactory.Text(text, inputHint: InputHints.ExpectingInput);
            activity.ChannelData = new JObject
            {
                ["textInput"] = new JObject { ["title"] = "Your contribution", ["label"] = "Your contribution", ["placeholder"] = "Your thoughts, or a rating from 1 to 5" },
            };
        }
        else if (channel == Teams && reply.AsksStep is { } step)
        {
            activity = Card(text, step, reply.Actions);
        }
        else if (reply.Actions.Count > 0)
        {
            activity = (Activity)MessageFactory.SuggestedActions(reply.Actions, text, ssml: null, inputHint: null, toList: null);
        }
        else
        {
            activity = (Activity)MessageFactory.Text(text);
        }

        if (mention is not null)
        {
            activity.Entities = [.. activity.Entities ?? [], mention];
        }

        return reply.Private ? PrivateReply.Mark(activity, channel) : activity;
    }

    // Teams channels show no suggested actions, and typed replies are seen by all: the card's answer box is
    // the way to contribute unseen, and its submit names the step it answered.
    private static Activity Card(string text, int step, IReadOnlyList<string> actions)
    {
        var card = new AdaptiveCard(text).Text(text)
            .TextInput("contribution", "Your thoughts, or a rating from 1 to 5")
            .Submit("Send", new JObject { ["step"] = (step + 1).ToString(CultureInfo.InvariantCulture) });
        foreach (var action in actions.Where(a => a != "Contribute"))
        {
            card.Say(action, action.ToLowerInvariant());
        }

        return card.ToAttachment() is { } attachment ? (Activity)MessageFactory.Attachment(attachment) : (Activity)MessageFactory.Text(text);
    }
}
