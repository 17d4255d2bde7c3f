using CoproBot.Knowledge.Model;

namespace CoproBot.Dialogs.Group;

/// <summary>Which case a group wants to reflect on, and the steps that case gives: its guiding questions, then its principles.</summary>
public static class SessionPlan
{
    public const string GuidingQuestions = "guiding-questions";
    public const string InclusivityPrinciples = "inclusivity-principles";

    /// <summary>The case named in the words (by name or alias, the longest match winning), or null.</summary>
    public static CaseStudy? FindCase(KnowledgeBase knowledge, string words)
    {
        var text = " " + new string([.. words.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ')]) + " ";
        return knowledge.Cases
            .SelectMany(c => c.Aliases.Append(c.Name.ToLowerInvariant()).Append(c.Id.Replace('-', ' ')).Select(alias => (Case: c, Alias: alias)))
            .Where(pair => pair.Alias.Length > 0 && text.Contains(" " + Words(pair.Alias) + " ", StringComparison.Ordinal))
            .OrderByDescending(pair => pair.Alias.Length)
            .Select(pair => pair.Case)
            .FirstOrDefault();
    }

    public static IReadOnlyList<SessionStep> StepsFor(KnowledgeBase knowledge, string caseId) =>
    [
        .. Items(knowledge, caseId, GuidingQuestions).Select(text => new SessionStep(SessionStepKind.Question, text)),
        .. Items(knowledge, caseId, InclusivityPrinciples).Select(text => new SessionStep(SessionStepKind.Principle, text)),
    ];

    private static IEnumerable<string> Items(KnowledgeBase knowledge, string caseId, string featureId)
    {
        if (!knowledge.HasFeature(featureId))
        {
            return [];
        }

        var cell = knowledge.Cell(caseId, featureId);
        return cell.IsList ? cell.Items : string.IsNullOrWhiteSpace(cell.Text) ? [] : [cell.Text.Trim()];
    }

    private static string Words(string alias) =>
        string.Join(' ', new string([.. alias.Select(c => char.IsLetterOrDigit(c) ? c : ' ')]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
