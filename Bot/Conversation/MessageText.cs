using Microsoft.Bot.Schema;

namespace CoproBot.Bot.Conversation;

/// <summary>The words a person wrote to the bot, without the @mention that addressed it.</summary>
public static class MessageText
{
    public static string Of(IMessageActivity activity)
    {
        // Teams puts "<at>Bot</at>" in the text of group chats and channels; the mention entity says exactly which text
        // stands for the bot, so it is removed by the entity rather than by guessing at the markup.
        if (activity.Recipient?.Id is { } botId && activity.GetMentions().Any(m => m.Mentioned?.Id == botId))
        {
            activity.RemoveMentionText(botId);
        }

        return (activity.Text ?? string.Empty).Trim();
    }
}
