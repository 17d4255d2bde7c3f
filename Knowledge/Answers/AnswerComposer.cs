using CoproBot.Knowledge.Lookup;
using CoproBot.Knowledge.Model;

namespace CoproBot.Knowledge.Answers;

/// <summary>Builds answers that quote the source verbatim, shaped to the question, with follow-ups and "did you mean" choices.</summary>
/// <remarks>
/// One case is answered feature by feature; several cases side by side under each feature's heading, and only the
/// cases asked about. Where the lookup found the item or sentence that answers, only that is quoted.
/// </remarks>
public sealed class AnswerComposer(KnowledgeBase knowledge)
{
    /// <summary>CoproBot's own framing of the word, said as its own before the cases' approaches, which are quoted.</summary>
    public const string CoproductionNote =
        "In CoproBot's words (not the cases'): coproduction means the people who use a service and the people who provide it " +
        "designing, running and improving it together, as equal partners who each bring their own knowledge. Here is how each case does it.";

    private const int MaxFollowUps = 4;

    public Answer Compose(LookupResult lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var didYouMean = lookup.Alternatives.Select(Suggest).DistinctBy(s => s.Question).ToList();
        if (lookup.Kind == LookupKind.Clarify)
        {
            return new Answer("Did you mean…?", $"Did you mean {string.Join(" or ", didYouMean.Select(d => d.Label))}?", [], [], didYouMean, lookup);
        }

        if (!lookup.IsAnswered)
        {
            return new Answer("What I can help with", HelpText(), [], Examples(), didYouMean, lookup);
        }

        var cases = lookup.CaseIds.Select(knowledge.Case).ToList();
        var features = lookup.FeatureIds.Select(knowledge.Feature).ToList();
        var sections = lookup.Quoted.Count > 0 ? [.. lookup.Quoted.Select(e => Excerpt(e, cases.Count == 1))] : Sections(cases, features);
        var text = lookup.Shape switch
        {
            QuestionShape.Definition => CoproductionNote,
            QuestionShape.Shared => SharedText(cases, features),
            _ => null,
        };
        return new Answer(Title(lookup, cases, features), text, sections, FollowUps(cases, features, lookup), didYouMean, lookup);
    }

    /// <summary>The question that asks for one case feature; the lookup reads it back as exactly that.</summary>
    public static string QuestionFor(CaseStudy c, Feature f) => $"{f.Title} of {c.Name}";

    public static string OverviewQuestionFor(CaseStudy c) => $"Tell me about {c.Name}";

    public static string ComparisonQuestionFor(Feature f) => $"Compare the {f.Title.ToLowerInvariant()} of all cases";

    private List<AnswerSection> Sections(List<CaseStudy> cases, List<Feature> features)
    {
        if (cases.Count == 1)
        {
            return [.. features.Select(f => Section(cases[0], f, f.Title, under: null))];
        }

        // Side by side: each feature's heading, then each case under it.
        return [.. from f in features from c in cases select Section(c, f, c.Name, under: f.Title)];
    }

    private AnswerSection Section(CaseStudy c, Feature f, string heading, string? under)
    {
        var cell = knowledge.Cell(c.Id, f.Id);
        return new AnswerSection(heading, cell.Text, cell.Items, Source(c, f), under);
    }

    private AnswerSection Excerpt(Excerpt excerpt, bool oneCase)
    {
        var c = knowledge.Case(excerpt.CaseId);
        var f = knowledge.Feature(excerpt.FeatureId);
        return new AnswerSection(oneCase ? f.Title : c.Name, excerpt.Text, [], Source(c, f));
    }

    private static AnswerSource Source(CaseStudy c, Feature f) => new(c.Id, f.Id, c.Name, f.Title);

    // "What do they share?": the items that overlap, and plainly when none, or none held by all, does.
    private string SharedText(List<CaseStudy> cases, List<Feature> features)
    {
        var lines = new List<string>();
        foreach (var feature in features)
        {
            var shared = SharedItems.Find(knowledge, cases, feature);
            var title = feature.Title.ToLowerInvariant();
            if (shared.Count == 0)
            {
                lines.Add($"Nothing in their {title} is shared: each says it in its own way, side by side below.");
                continue;
            }

            lines.AddRange(shared.Select(s => $"{Names(s.Cases)} {(s.Cases.Count == 2 ? "both" : "all")} have \"{s.Item}\" in their {title}."));
            if (cases.Count > 2 && !shared.Any(s => s.Cases.Count == cases.Count))
            {
                lines.Add($"Nothing in their {title} is shared by all {Count(cases.Count)}.");
            }
        }

        return string.Join("\n", lines);
    }

    private string Title(LookupResult lookup, List<CaseStudy> cases, List<Feature> features) => lookup.Kind switch
    {
        _ when lookup.Shape == QuestionShape.Definition => "What coproduction means",
        _ when lookup.Shape == QuestionShape.Shared => $"What {Names(cases)} share",
        _ when lookup.Shape == QuestionShape.Goal => $"{cases[0].Name}: what it is for",
        LookupKind.Overview => $"Case {cases[0].Number}: {cases[0].Name}",
        _ when cases.Count == 1 && features.Count == 1 => $"{cases[0].Name}: {features[0].Title}",
        _ when cases.Count == 1 => cases[0].Name,
        _ when features.Count == 1 => cases.Count == knowledge.Cases.Count ? $"{features[0].Title} across the cases" : $"{features[0].Title}: {Names(cases)}",
        _ => $"{Names(cases)} side by side",
    };

    private static string Count(int number) => number switch
    {
        3 => "three",
        4 => "four",
        5 => "five",
        _ => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string Names(List<CaseStudy> cases) =>
        cases.Count > 1 ? string.Join(", ", cases.Take(cases.Count - 1).Select(c => c.Name)) + " and " + cases[^1].Name : (cases.Count == 1 ? cases[0].Name : string.Empty);

    private List<SuggestedQuestion> FollowUps(List<CaseStudy> cases, List<Feature> features, LookupResult lookup)
    {
        var suggestions = new List<SuggestedQuestion>();
        if (lookup.Quoted.Count > 0)
        {
            // An excerpt answers the question; the whole cell it comes from is one tap away.
            suggestions.AddRange(lookup.Quoted.Select(e => (knowledge.Case(e.CaseId), knowledge.Feature(e.FeatureId)))
                .Select(p => new SuggestedQuestion($"All of {p.Item1.Name}: {p.Item2.Title}", QuestionFor(p.Item1, p.Item2))));
        }

        if (cases.Count == 1)
        {
            // The same case's other features, then the same feature in the other cases.
            var c = cases[0];
            suggestions.AddRange(knowledge.Features.Where(f => !features.Contains(f)).Take(lookup.Quoted.Count > 0 ? 1 : 2).Select(f => new SuggestedQuestion($"{c.Name}: {f.Title}", QuestionFor(c, f))));
            suggestions.AddRange(lookup.Kind == LookupKind.Overview
                ? knowledge.Cases.Where(o => o != c).Select(o => new SuggestedQuestion($"About {o.Name}", OverviewQuestionFor(o)))
                : knowledge.Cases.Where(o => o != c).Select(o => new SuggestedQuestion($"{o.Name}: {features[0].Title}", QuestionFor(o, features[0]))));
        }
        else
        {
            suggestions.AddRange(knowledge.Features.Where(f => !features.Contains(f)).Take(2).Select(f => new SuggestedQuestion($"Compare: {f.Title}", ComparisonQuestionFor(f))));
            suggestions.AddRange(cases.Select(c => new SuggestedQuestion($"About {c.Name}", OverviewQuestionFor(c))));
        }

        return [.. suggestions.DistinctBy(s => s.Question).Take(MaxFollowUps)];
    }

    private SuggestedQuestion Suggest(Reading reading)
    {
        var cases = reading.CaseIds.Select(knowledge.Case).ToList();
        var features = reading.FeatureIds.Select(knowledge.Feature).ToList();
        return (cases.Count, features.Count) switch
        {
            (1, 1) => new SuggestedQuestion($"{cases[0].Name}: {features[0].Title}", QuestionFor(cases[0], features[0])),
            (1, _) => new SuggestedQuestion($"About {cases[0].Name}", OverviewQuestionFor(cases[0])),
            (_, 1) => new SuggestedQuestion($"Compare: {features[0].Title}", ComparisonQuestionFor(features[0])),
            _ => new SuggestedQuestion("All cases", "Compare the cases"),
        };
    }

    private string HelpText()
    {
        var names = knowledge.Cases.Select(c => c.Name).ToList();
        var caseList = names.Count > 1 ? string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1] : names.FirstOrDefault() ?? "no cases yet";
        var featureList = string.Join(", ", knowledge.Features.Select(f => f.Title.ToLowerInvariant()));
        return $"I answer questions about {knowledge.Cases.Count} coproduction cases: {caseList}. " +
               $"Ask about a case's {featureList}; ask for an overview of a case; compare the cases on one feature; " +
               "or ask which case says something, such as \"Which case is peer-led?\".";
    }

    private List<SuggestedQuestion> Examples()
    {
        var examples = new List<SuggestedQuestion>();
        if (knowledge.Cases.Count > 0)
        {
            examples.Add(new SuggestedQuestion($"About {knowledge.Cases[0].Name}", OverviewQuestionFor(knowledge.Cases[0])));
        }

        if (knowledge.Features.Count > 0)
        {
            examples.Add(new SuggestedQuestion($"Compare: {knowledge.Features[0].Title}", ComparisonQuestionFor(knowledge.Features[0])));
        }

        return examples;
    }
}
