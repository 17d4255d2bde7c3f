using System.Text.RegularExpressions;
using CoproBot.Knowledge.Answers;
using CoproBot.Knowledge.Catalog;

namespace CoproBot.Bot.Conversation;

/// <summary>Reads "what are its principles?" as a question about the case the conversation was already on.</summary>
public static partial class FollowOnQuestion
{
    public static Answer Ask(KnowledgeSnapshot knowledge, string question, string? lastCaseId)
    {
        var answer = knowledge.Ask(question);
        if (lastCaseId is null || answer.Lookup.CaseIds.Count == 1 || !RefersBack().IsMatch(question))
        {
            return answer;
        }

        var lastCase = knowledge.Knowledge.Cases.FirstOrDefault(c => c.Id == lastCaseId);
        return lastCase is null ? answer : knowledge.Ask($"{question} ({lastCase.Name})");
    }

    [GeneratedRegex(@"\b(it|its|it's|this|that|they|their|them|this case|that case|the same)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RefersBack();
}
