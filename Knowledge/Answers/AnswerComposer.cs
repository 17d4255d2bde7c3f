using CoproBot.Knowledge.Lookup;
using CoproBot.Knowledge.Model;

namespace CoproBot.Knowledge.Answers;

/// <summary>Builds answers that quote the source verbatim, with follow-ups and "did you mean" choices.</summary>
public sealed class AnswerComposer(KnowledgeBase knowledge)
{
    private const int MaxFollowUps = 4;

    public Answer Compose(LookupResult lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var didYouMean = lookup.Alternatives.Select(Suggest).DistinctBy(s => s.Question).ToList();
        if (!lookup.IsAnswered)
        {
            return new Answer("What I can help with", HelpText(), [], Examples(), didYouMean, lookup);
        }

        var cases = lookup.CaseIds.Select(knowledge.Case).ToList();
        var features = lookup.FeatureIds.Select(knowledge.Feature).ToList();
        var byCase = cases.Count == 1;
        var sections = (from c in cases
                        from f in features
                        let cell = knowledge.Cell(c.Id, f.Id)
                        select new AnswerSection(byCase ? f.Title : c.Name, cell.Text, cell.Items, new AnswerSource(c.Id, f.Id))).ToList();
        return new Answer(Title(lookup.Kind, cases, features), null, sections, FollowUps(cases, features, lookup.Kind), didYouMean, lookup);
    }

    /// <summary>The question that asks for one case feature; the lookup reads it back as exactly that.</summary>
    public static string QuestionFor(CaseStudy c, Feature f) => $"{f.Title} of {c.Name}";

    public static string OverviewQuestionFor(CaseStudy c) => $"Tell me about {c.Name}";

    public static string ComparisonQuestionFor(Feature f) => $"Compare the {f.Title.ToLowerInvariant()} of all cases";

    private string Title(LookupKind kind, List<CaseStudy> cases, List<Feature> features) => kind switch
    {
        LookupKind.Overview => $"Case {cases[0].Number}: {cases[0].Name}",
        _ when cases.Count == 1 && features.Count == 1 => $"{cases[0].Name}: {features[0].Title}",
        _ when cases.Count == 1 => cases[0].Name,
        _ when features.Count == 1 => cases.Count == knowledge.Cases.Count ? $"{features[0].Title} across the cases" : $"{features[0].Title}: {string.Join(", ", cases.Select(c => c.Name))}",
        _ => string.Join(", ", cases.Select(c => c.Name)),
    };

    private List<SuggestedQuestion> FollowUps(List<CaseStudy> cases, List<Feature> features, LookupKind kind)
    {
        var suggestions = new List<SuggestedQuestion>();
        if (cases.Count == 1)
        {
            // The same case's other features, then the same feature in the other cases.
            var c = cases[0];
            suggestions.AddRange(knowledge.Features.Where(f => !features.Contains(f)).Take(2).Select(f => new SuggestedQuestion($"{c.Name}: {f.Title}", QuestionFor(c, f))));
            if (kind == LookupKind.Overview)
            {
                suggestions.AddRange(knowledge.Cases.Where(o => o != c).Select(o => new SuggestedQuestion($"About {o.Name}", OverviewQuestionFor(o))));
            }
            else
            {
                suggestions.AddRange(knowledge.Cases.Where(o => o != c).Select(o => new SuggestedQuestion($"{o.Name}: {features[0].Title}", QuestionFor(o, features[0]))));
            }
        }
        else
        {
            suggestions.AddRange(knowledge.Features.Where(f => !features.Contains(f)).Take(2).Select(f => new SuggestedQuestion($"Compare: {f.Title}", ComparisonQuestionFor(f))));
            suggestions.AddRange(cases.Select(c => new SuggestedQuestion($"About {c.Name}", OverviewQuestionFor(c))));
        }

        return suggestions.Take(MaxFollowUps).ToList();
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
