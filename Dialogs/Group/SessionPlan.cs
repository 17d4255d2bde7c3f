using CoproBot.Dialogs.Reflection;
using CoproBot.Dialogs.Templates;
using CoproBot.Knowledge.Model;

namespace CoproBot.Dialogs.Group;

/// <summary>Which case or template a group wants to reflect on, and the steps its plan gives: its guiding questions, then its principles.</summary>
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

    /// <summary>The steps of a plan, a case's or a team's template's alike: its guiding questions, then its principles.</summary>
    /// <param name="plan">The case's or template's plan.</param>
    /// <param name="words">Its lines in the session's language, kept beside each original; none for English or a template.</param>
    public static IReadOnlyList<SessionStep> StepsFor(ReflectionPlan plan, PlanWords? words = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        words ??= PlanWords.Original;
        return
        [
            .. plan.Questions.Select((text, i) => new SessionStep(SessionStepKind.Question, text, words.Question(i))),
            .. plan.Principles.Select((text, i) => new SessionStep(SessionStepKind.Principle, text, words.Principle(i))),
        ];
    }

    /// <summary>The template of the team's (or the facilitator's own) whose name the words hold, the longest name winning; null when none does.</summary>
    public static ReflectionTemplate? FindTemplate(IReadOnlyList<ReflectionTemplate> templates, string words)
    {
        ArgumentNullException.ThrowIfNull(templates);
        var text = " " + Words(words.ToLowerInvariant()) + " ";
        return templates
            .Select(t => (Template: t, Name: Words(t.Name.ToLowerInvariant())))
            .Where(pair => pair.Name.Length > 0 && text.Contains(" " + pair.Name + " ", StringComparison.Ordinal))
            .OrderByDescending(pair => pair.Name.Length)
            .Select(pair => pair.Template)
            .FirstOrDefault();
    }

    private static string Words(string alias) =>
        string.Join(' ', new string([.. alias.Select(c => char.IsLetterOrDigit(c) ? c : ' ')]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
