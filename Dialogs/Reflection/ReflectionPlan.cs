using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using CoproBot.Dialogs.Templates;
using CoproBot.Knowledge.Model;

namespace CoproBot.Dialogs.Reflection;

/// <summary>What a reflection asks: a case's guiding questions and inclusivity principles, verbatim from the knowledge, or a team's own template's.</summary>
/// <remarks>Personal reflections and group sessions both take their steps from a plan, so a template is used exactly as a case is.</remarks>
public sealed partial class ReflectionPlan
{
    public const string ApproachFeature = "coproduction-approach";
    public const string QuestionsFeature = "guiding-questions";
    public const string PrinciplesFeature = "inclusivity-principles";
    public const string TemplatePrefix = "template:";

    // A knowledge base never changes once loaded (an import makes a new one), so its plans are made once each.
    private static readonly ConditionalWeakTable<KnowledgeBase, ConcurrentDictionary<string, ReflectionPlan>> Plans = [];

    private ReflectionPlan(string id, string name, CaseStudy? study, ReflectionTemplate? template, string approach, IReadOnlyList<string> questions, IReadOnlyList<string> principles)
    {
        Id = id;
        Name = name;
        Case = study;
        Template = template;
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

    /// <summary>The case's id, or the template's id after <see cref="TemplatePrefix"/>.</summary>
    public string Id { get; }

    /// <summary>The case's or the template's name.</summary>
    public string Name { get; }

    /// <summary>The case reflected on, or the case a template builds on; null for a template of a team's own.</summary>
    public CaseStudy? Case { get; }

    /// <summary>The team's template reflected on; null for a case.</summary>
    public ReflectionTemplate? Template { get; }

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
            id,
            knowledge.Case(id).Name,
            knowledge.Case(id),
            null,
            Excerpt(Lines(knowledge, id, ApproachFeature).FirstOrDefault() ?? string.Empty),
            Lines(knowledge, id, QuestionsFeature),
            Lines(knowledge, id, PrinciplesFeature)), knowledge);
    }

    /// <summary>The plan for a team's template, exactly as written; the case it builds on, if the knowledge still has it, explains its questions.</summary>
    public static ReflectionPlan For(KnowledgeBase knowledge, ReflectionTemplate template)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(template);
        var basedOn = template.BasedOn is { } caseId && knowledge.HasCase(caseId) ? knowledge.Case(caseId) : null;
        return new ReflectionPlan(TemplatePrefix + template.Id, template.Name, basedOn, template, string.Empty, template.Questions, template.Principles);
    }

    /// <summary>The plan a reflection in progress follows: its template's, kept with it, else its case's.</summary>
    public static ReflectionPlan? For(KnowledgeBase knowledge, ReflectionProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return progress.Template is { } template ? For(knowledge, template) : For(knowledge, progress.CaseId);
    }

    /// <summary>Lines the case offers for one of its features (its guiding questions, its principles), to start a template from.</summary>
    public static IReadOnlyList<string> CaseLines(KnowledgeBase knowledge, string caseId, string featureId)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return knowledge.HasCase(caseId) ? Lines(knowledge, caseId, featureId) : [];
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
