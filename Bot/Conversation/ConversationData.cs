namespace CoproBot.Bot.Conversation;

/// <summary>What CoproBot remembers about one conversation between turns.</summary>
public sealed class ConversationData
{
    public int Turns { get; set; }

    /// <summary>The welcome goes out once per conversation, not on every install event or member join.</summary>
    public bool Welcomed { get; set; }
}
