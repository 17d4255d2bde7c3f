namespace CoproBot.Bot.Conversation;

/// <summary>What CoproBot remembers about one person in one conversation between turns: only what their next question needs.</summary>
/// <remarks>Ids of cases and features only, never the person's words.</remarks>
public sealed class ConversationData
{
    /// <summary>The cases the last answer was about, so "what are its principles?" and "the other two?" can follow on.</summary>
    public List<string> LastCaseIds { get; set; } = [];

    /// <summary>The features the last answer was about, so "and for esther?" keeps them.</summary>
    public List<string> LastFeatureIds { get; set; } = [];
}
