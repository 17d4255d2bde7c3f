namespace CoproBot.Bot.Conversation;

/// <summary>What CoproBot remembers about one person in one conversation between turns: only what their next question needs.</summary>
public sealed class ConversationData
{
    /// <summary>The case the last answer was about, so "what are its principles?" can follow on.</summary>
    public string? LastCaseId { get; set; }
}
