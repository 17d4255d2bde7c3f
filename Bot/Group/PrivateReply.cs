using CoproBot.Bot.Discord;
using CoproBot.Bot.Teams;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace CoproBot.Bot.Group;

/// <summary>Marks a reply for the sender's eyes only: Discord's ephemeral messages, Teams' targeted messages.</summary>
/// <remarks>
/// In a Teams channel or group chat the reply goes as a targeted message, else in a personal chat, and only when
/// neither can be sent is something posted for all (see <see cref="TargetedReplies"/>): the words given for that
/// when given, or the reply itself, which is why private replies never quote or name the person.
/// In personal chats there is no one else to hide it from, and the reply goes as usual.
/// </remarks>
public static class PrivateReply
{
    public static T Mark<T>(T reply, string? channelId, string? inChannel = null)
        where T : IActivity
    {
        if (channelId == DiscordAdapter.ChannelId)
        {
            MessageRenderer.MarkEphemeral(reply);
        }
        else if (channelId == Channels.Msteams)
        {
            TargetedReplies.Mark(reply, inChannel);
        }

        return reply;
    }
}
