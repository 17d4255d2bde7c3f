using System.Text.Json.Nodes;
using CoproBot.Dialogs.Languages;
using Microsoft.Bot.Schema;

namespace CoproBot.Bot.Discord;

/// <summary>How an interaction is answered when its turn ends in time: a modal, an update of the pressed message, or a message.</summary>
internal static class InteractionAnswer
{
    /// <summary>The interaction response for the turn's replies, and the messages that follow it through the webhook.</summary>
    public static (JsonObject Response, IReadOnlyList<JsonObject> FollowUps) For(IReadOnlyList<Activity> held, Interaction interaction, bool ephemeral, Language say)
    {
        var isComponent = interaction.Type == Interaction.MessageComponent;
        var replies = held.Where(activity => activity.Type == ActivityTypes.Message).ToList();
        if (replies.Count == 1 && MessageRenderer.AsksForText(replies[0]) && interaction.Type != Interaction.ModalSubmit && ModalBuilder.Fits(replies[0].Text))
        {
            return (InteractionResponse.Of(InteractionResponse.Modal, ModalBuilder.For(replies[0])), []);
        }

        var messages = replies.SelectMany(reply => MessageRenderer.Render(reply, ephemeral)).ToList();
        if (messages.Count == 0)
        {
            return (isComponent
                ? InteractionResponse.Of(InteractionResponse.DeferredUpdateMessage)
                : InteractionResponse.Of(InteractionResponse.ChannelMessage, MessageRenderer.Note(say[Phrase.DiscordDone], ephemeral: true)), []);
        }

        var first = messages[0];
        if (first[FileAttachments.FilesKey] is not null)
        {
            // Files go through the webhook; the interaction itself is answered in words.
            return (InteractionResponse.Of(InteractionResponse.ChannelMessage, MessageRenderer.Note(say[Phrase.DiscordDone], ephemeral: true)), messages);
        }

        if (isComponent && first["flags"] is null)
        {
            // An update replaces the pressed message in place for everyone; a reply for one person is a new message.
            return (InteractionResponse.Of(InteractionResponse.UpdateMessage, first), messages[1..]);
        }

        return (InteractionResponse.Of(InteractionResponse.ChannelMessage, first), messages[1..]);
    }
}
