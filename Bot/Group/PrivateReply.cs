using CoproBot.Bot.Discord;
using Microsoft.Bot.Schema;

namespace CoproBot.Bot.Group;

/// <summary>Marks a reply for the sender's eyes only, on channels that can show it so (Discord's ephemeral messages).</summary>
/// <remarks>
/// Teams has no private reply inside a channel; there the reply is posted normally, which is why private replies
/// never quote what the person wrote.
/// </remarks>
public static class PrivateReply
{
    public static T Mark<T>(T reply, string? channelId, string? inChannel = null)
        where T : IActivity
    {
        _ = inChannel;
        if (channelId == DiscordAdapter.ChannelId)
        {
            MessageRenderer.MarkEphemeral(reply);
        }

        return reply;
    }
}
