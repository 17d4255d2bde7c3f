using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using CoproBot.Knowledge.Model;

namespace CoproBot.Dialogs.Reflection;

/// <summary>What a reflection on one case asks, taken verbatim from the knowledge: its guiding questions and inclusivity principles.</summary>
public sealed partial class ReflectionPlan
{
    public const string ApproachFeature = "coproduction-approach";
    public const string QuestionsFeature = "guiding-questions";
    public const string PrinciplesFeature = "inclusivity-principles";

    // A knowledge base never changes once loaded (an import makes a new one), so its plans are made once each.
    private static readonly ConditionalWeakTable<KnowledgeBase, ConcurrentDictionary<string, ReflectionPlan>> Plans = [];

    private ReflectionPlan(CaseStudy study, string approach, IReadOnlyList<string> questions, IReadOnlyList<string> principles)
    {
        Case = study;
        Approach = approach;
        Questions = questions;
        Principles = principles;
        var steps = new List<ReflectionStep>();
        if (questions.Any(q => PlaceWording.Find(q) is not null))
        {
            steps.Add(new ReflectionStep(ReflectionStepKind.Place, 0));
        }

        steps.AddRange(questions.Select((_, i) => new ReflectionStep(ReflectionStepKind.Question, i)));
        foreach (var i in Enumerable.Range(0, principles.Count))
        {
            steps.Add(new ReflectionStep(ReflectionStepKind.Rating, i));
            steps.Add(new ReflectionStep(ReflectionStepKind.Note, i));
        }

        Steps = steps;
    }

    public CaseStudy Case { get; }

    /// <summary>The first sentence or two of the case's coproduction approach, verbatim.</summary>
    public string Approach { get; }

    public IReadOnlyList<string> Questions { get; }

    public IReadOnlyList<string> Principles { get; }

    public IReadOnlyList<ReflectionStep> Steps { get; }

    /// <summary>The plan for a case, or null when the knowledge has no such case.</summary>
    public static ReflectionPlan? For(KnowledgeBase knowledge, string? caseId)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        if (caseId is null || !knowledge.HasCase(caseId))
        {
            return null;
        }

        return Plans.GetValue(knowledge, static _ => new(StringComparer.Ordinal)).GetOrAdd(caseId, static (id, knowledge) => new ReflectionPlan(
            knowledge.Case(id),
            Excerpt(Lines(knowledge, id, ApproachFeature).FirstOrDefault() ?? string.Empty),
            Lines(knowledge, id, QuestionsFeature),
            Lines(knowledge, id, PrinciplesFeature)), knowledge);
    }

    private static List<string> Lines(KnowledgeBase knowledge, string caseId, string featureId)
    {
        if (!knowledge.HasFeature(featureId))
        {
            return [];
        }

        var cell = knowledge.Cell(caseId, featureId);
        var lines = cell.IsList ? cell.Items : [cell.Text ?? string.Empty];
        return [.. lines.Select(l => l.Trim()).Where(l => l.Length > 0)];
    }

    // Two sentences give the gist without a wall of text; the words themselves are never changed.
    private static string Excerpt(string text)
    {
        var sentences = SentenceEnd().Split(text.Trim());
        return string.Join(' ', sentences.Take(2)) + (sentences.Length > 2 ? " …" : string.Empty);
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=\p{Lu})", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SentenceEnd();
}
