using CoproBot.Dialogs.Replies;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CoproBot.Bot.Discord;

/// <summary>Renders replies for Discord: choices become buttons, a question asked now a modal, a mention a ping, charts pictures, a document a file, private replies ephemeral.</summary>
/// <remarks>
/// The reply is made a message with what <see cref="MessageRenderer"/> and <see cref="ModalBuilder"/> need in its
/// channel data; they turn it into Discord's JSON when it is sent, which may be after the turn's state is saved.
/// </remarks>
public sealed class DiscordReplyRenderer : IReplyRenderer
{
    public static DiscordReplyRenderer Instance { get; } = new();

    public Activity Render(ITurnContext turnContext, Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var activity = TextReplyRenderer.Message(reply, TextReplyRenderer.Addressed(reply, reply.Mention is { } person ? $"<@{person.Id}>" : string.Empty));
        if (reply.Input is { Now: true } input)
        {
            ModalBuilder.Describe(activity, input);
        }

        FileAttachments.Describe(activity, reply.Charts, reply.Document);
        if (reply.PrivateTo is { } to && !string.Equals(to.Id, turnContext?.Activity?.From?.Id, StringComparison.Ordinal))
        {
            DirectMessages.Mark(activity, to.Id);
        }
        else if (reply.Private || reply.PrivateTo is not null)
        {
            MessageRenderer.MarkEphemeral(activity);
        }

        return activity;
    }

    /// <summary>The channel data of <paramref name="activity"/> as an object to add to.</summary>
    internal static JObject ChannelData(IActivity activity)
    {
        var data = activity.ChannelData as JObject ?? (activity.ChannelData is null ? new JObject() : JObject.FromObject(activity.ChannelData));
        activity.ChannelData = data;
        return data;
    }
}
