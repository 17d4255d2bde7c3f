using CoproBot.Knowledge.Lookup;
using CoproBot.Knowledge.Model;
using CoproBot.Knowledge.Translation;

namespace CoproBot.Knowledge.Answers;

/// <summary>Builds answers that quote the source verbatim, shaped to the question, with follow-ups and "did you mean" choices.</summary>
/// <remarks>
/// One case is answered feature by feature; several cases side by side under each feature's heading, and only the
/// cases asked about. Where the lookup found the item or sentence that answers, only that is quoted. In a language
/// the knowledge is translated into, each quote is the translation, labelled as one, with the original beside it.
/// </remarks>
public sealed class AnswerComposer(KnowledgeBase knowledge, IReadOnlyDictionary<string, KnowledgeTranslation>? translations = null)
{
    /// <summary>CoproBot's own framing of the word, said as its own before the cases' approaches, which are quoted.</summary>
    public const string CoproductionNote =
        "In CoproBot's words (not the cases'): coproduction means the people who use a service and the people who provide it " +
        "designing, running and improving it together, as equal partners who each bring their own knowledge. Here is how each case does it.";

    private const int MaxFollowUps = 4;

    public Answer Compose(LookupResult lookup) => Compose(lookup, KnowledgeLanguages.English);

    /// <summary>Composes the answer in <paramref name="language"/>: its labels, and the translation of the quotes if there is one.</summary>
    public Answer Compose(LookupResult lookup, string language)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var translation = translations?.GetValueOrDefault(language);
        var view = new AnswerView(knowledge, language == KnowledgeLanguages.French ? AnswerWords.French : AnswerWords.English, translation);
        var words = view.Words;
        var didYouMean = lookup.Alternatives.Select(view.Suggest).DistinctBy(s => s.Question).ToList();
        if (lookup.Kind == LookupKind.Clarify)
        {
            return new Answer(words.DidYouMeanTitle, words.DidYouMean(didYouMean.Select(d => d.Label)), [], [], didYouMean, lookup) { Words = words };
        }

        if (!lookup.IsAnswered)
        {
            return new Answer(words.HelpTitle, words.Help(knowledge.Cases, knowledge.Features.Select(view.Title)), [], Examples(view), didYouMean, lookup) { Words = words };
        }

        var cases = lookup.CaseIds.Select(knowledge.Case).ToList();
        var features = lookup.FeatureIds.Select(knowledge.Feature).ToList();
        var sections = lookup.Quoted.Count > 0 ? [.. lookup.Quoted.Select(e => view.Excerpt(e, cases.Count == 1))] : Sections(view, cases, features);
        var text = lookup.Shape switch
        {
            QuestionShape.Definition => words.CoproductionNote,
            QuestionShape.Shared => SharedText(view, cases, features),
            _ => null,
        };
        return new Answer(Title(view, lookup, cases, features), text, sections, FollowUps(view, cases, features, lookup), didYouMean, lookup) { Words = words };
    }

    /// <summary>The question that asks for one case feature; the lookup reads it back as exactly that.</summary>
    public static string QuestionFor(CaseStudy c, Feature f) => AnswerWords.English.QuestionFor(c.Name, f.Title);

    public static string OverviewQuestionFor(CaseStudy c) => AnswerWords.English.OverviewQuestionFor(c.Name);

    public static string ComparisonQuestionFor(Feature f) => AnswerWords.English.ComparisonQuestionFor(f.Title);

    private static List<AnswerSection> Sections(AnswerView view, List<CaseStudy> cases, List<Feature> features)
    {
        if (cases.Count == 1)
        {
            return [.. features.Select(f => view.Section(cases[0], f, view.Title(f), under: null))];
        }

        // Side by side: each feature's heading, then each case under it.
        return [.. from f in features from c in cases select view.Section(c, f, c.Name, under: view.Title(f))];
    }

    // "What do they share?": the items that overlap, and plainly when none, or none held by all, does.
    private string SharedText(AnswerView view, List<CaseStudy> cases, List<Feature> features)
    {
        var words = view.Words;
        var lines = new List<string>();
        foreach (var feature in features)
        {
            var shared = SharedItems.Find(knowledge, cases, feature);
            var title = view.Title(feature);
            if (shared.Count == 0)
            {
                lines.Add(words.NothingShared(title));
                continue;
            }

            lines.AddRange(shared.Select(s => words.SharedBy([.. s.Cases.Select(c => c.Name)], view.Item(s.Cases[0], feature, s.Item), title)));
            if (cases.Count > 2 && !shared.Any(s => s.Cases.Count == cases.Count))
            {
                lines.Add(words.NothingSharedByAll(cases.Count, title));
            }
        }

        return string.Join("\n", lines);
    }

    private string Title(AnswerView view, LookupResult lookup, List<CaseStudy> cases, List<Feature> features)
    {
        var words = view.Words;
        var names = cases.Select(c => c.Name).ToList();
        return lookup.Kind switch
        {
            _ when lookup.Shape == QuestionShape.Definition => words.DefinitionTitle,
            _ when lookup.Shape == QuestionShape.Shared => words.SharedTitle(names),
            _ when lookup.Shape == QuestionShape.Goal => words.GoalTitle(cases[0].Name),
            LookupKind.Overview => words.OverviewTitle(cases[0].Number, cases[0].Name),
            _ when cases.Count == 1 && features.Count == 1 => words.Pair(cases[0].Name, view.Title(features[0])),
            _ when cases.Count == 1 => cases[0].Name,
            _ when features.Count == 1 => cases.Count == knowledge.Cases.Count ? words.AcrossTheCases(view.Title(features[0])) : words.Pair(view.Title(features[0]), words.Names(names)),
            _ => words.SideBySide(names),
        };
    }

    private List<SuggestedQuestion> FollowUps(AnswerView view, List<CaseStudy> cases, List<Feature> features, LookupResult lookup)
    {
        var words = view.Words;
        var suggestions = new List<SuggestedQuestion>();
        if (lookup.Quoted.Count > 0)
        {
            // An excerpt answers the question; the whole cell it comes from is one tap away.
            suggestions.AddRange(lookup.Quoted.Select(e => (knowledge.Case(e.CaseId), knowledge.Feature(e.FeatureId)))
                .Select(p => new SuggestedQuestion(words.AllOf(p.Item1.Name, view.Title(p.Item2)), view.QuestionFor(p.Item1, p.Item2))));
        }

        if (cases.Count == 1)
        {
            // The same case's other features, then the same feature in the other cases.
            var c = cases[0];
            suggestions.AddRange(knowledge.Features.Where(f => !features.Contains(f)).Take(lookup.Quoted.Count > 0 ? 1 : 2).Select(f => view.Suggest(new Reading([c.Id], [f.Id]))));
            suggestions.AddRange(lookup.Kind == LookupKind.Overview
                ? knowledge.Cases.Where(o => o != c).Select(o => view.Suggest(new Reading([o.Id], [])))
                : knowledge.Cases.Where(o => o != c).Select(o => view.Suggest(new Reading([o.Id], [features[0].Id]))));
        }
        else
        {
            suggestions.AddRange(knowledge.Features.Where(f => !features.Contains(f)).Take(2).Select(f => view.Suggest(new Reading([], [f.Id]))));
            suggestions.AddRange(cases.Select(c => view.Suggest(new Reading([c.Id], []))));
        }

        return [.. suggestions.DistinctBy(s => s.Question).Take(MaxFollowUps)];
    }

    private List<SuggestedQuestion> Examples(AnswerView view)
    {
        var examples = new List<SuggestedQuestion>();
        if (knowledge.Cases.Count > 0)
        {
            examples.Add(view.Suggest(new Reading([knowledge.Cases[0].Id], [])));
        }

        if (knowledge.Features.Count > 0)
        {
            examples.Add(view.Suggest(new Reading([], [knowledge.Features[0].Id])));
        }

        return examples;
    }
}
