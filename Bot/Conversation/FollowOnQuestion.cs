using CoproBot.Knowledge.Answers;
using CoproBot.Knowledge.Catalog;
using CoproBot.Knowledge.Lookup;

namespace CoproBot.Bot.Conversation;

/// <summary>Answers a question in the light of the last answer, and remembers (as ids) what this answer was about.</summary>
public static class FollowOnQuestion
{
    /// <remarks>The answer is in <paramref name="language"/> (see <see cref="CoproBot.Dialogs.Languages.TurnLanguage.ForQuestion"/>); English when none is given.</remarks>
    public static Answer Ask(KnowledgeSnapshot knowledge, string question, ConversationData data, string language = "en")
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(data);
        var context = data.LastCaseIds.Count > 0 ? new LookupContext(data.LastCaseIds, data.LastFeatureIds) : null;
        var answer = knowledge.Ask(question, context, language);
        if (LookupContext.Of(answer.Lookup) is { } next)
        {
            data.LastCaseIds = [.. next.CaseIds];
            data.LastFeatureIds = [.. next.FeatureIds];
        }

        return answer;
    }
}
