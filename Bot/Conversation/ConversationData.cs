namespace CoproBot.Bot.Conversation;

/// <summary>What CoproBot remembers about one conversation between turns.</summary>
public sealed class ConversationData
{
    public int Turns { get; set; }
}
