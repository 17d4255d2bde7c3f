using CoproBot.Knowledge.Model;

namespace CoproBot.Knowledge.Lookup;

/// <summary>Turns the signals of one question into the reading to answer, its confidence and close alternatives.</summary>
/// <remarks>
/// Names beat text: a named case or feature is taken as asked; the full-text search only fills in what
/// the question did not name, and only when enough of the question's content words are found in one cell.
/// </remarks>
internal sealed class LookupDecision(
    KnowledgeBase knowledge,
    LookupOptions options,
    QuestionAnalysis analysis,
    List<string> terms,
    Bm25Index search,
    int[] documentCase,
    int[] documentFeature)
{
    private const double Named = 1.0;
    private const double NamedWithTypo = 0.85;

    public LookupResult Decide(string question)
    {
        var caseConfidence = analysis.CaseCorrected ? NamedWithTypo : Named;
        var featureConfidence = analysis.FeatureCorrected ? NamedWithTypo : Named;
        var features = analysis.NamedFeatures(knowledge);
        var allCaseIds = knowledge.Cases.Select(c => c.Id).ToList();

        if (analysis.CaseIds.Count > 0)
        {
            var cases = analysis.CaseIds;
            var kind = cases.Count > 1 ? LookupKind.Comparison : LookupKind.Feature;
            if (features.Count > 0)
            {
                return Result(question, kind, cases, features, caseConfidence * featureConfidence);
            }

            var inCases = cases.Select(CaseIndex).ToHashSet();
            var hits = search.Search(terms, d => inCases.Contains(documentCase[d]));
            if (hits.Count > 0 && hits[0].Coverage >= options.MinimumCoverage)
            {
                var (confidence, alternatives) = Weigh(hits, d => documentFeature[d], d => new Reading(cases, [FeatureId(d)]));
                return Result(question, LookupKind.Content, cases, [FeatureId(hits[0].Document)], caseConfidence * confidence, alternatives);
            }

            // Unmatched content words make an overview less certain: the question may be about something we lack.
            var overviewConfidence = terms.Count == 0 || analysis.Overview ? 0.95 : 0.75;
            return Result(question, LookupKind.Overview, cases, knowledge.Features.Select(f => f.Id).ToList(), caseConfidence * overviewConfidence);
        }

        if (features.Count > 0)
        {
            var featureSet = features.Select(FeatureIndex).ToHashSet();
            var hits = analysis.AllCases ? [] : search.Search(terms, d => featureSet.Contains(documentFeature[d]));
            if (IsEvidence(hits))
            {
                var (confidence, alternatives) = Weigh(hits, d => documentCase[d], d => new Reading([CaseId(d)], [FeatureId(d)]));
                return Result(question, LookupKind.Content, [CaseId(hits[0].Document)], [FeatureId(hits[0].Document)], featureConfidence * confidence, alternatives);
            }

            var comparisonConfidence = analysis.AllCases || terms.Count == 0 ? 0.95 : 0.7;
            return Result(question, LookupKind.Comparison, allCaseIds, features, featureConfidence * comparisonConfidence);
        }

        var found = search.Search(terms, _ => true);
        if (IsEvidence(found))
        {
            var top = found[0].Document;
            if (analysis.AllCases)
            {
                var (confidence, _) = Weigh(found, d => documentFeature[d], d => new Reading(allCaseIds, [FeatureId(d)]));
                return Result(question, LookupKind.Comparison, allCaseIds, [FeatureId(top)], confidence);
            }

            var (contentConfidence, alternatives) = Weigh(found, d => d, d => new Reading([CaseId(d)], [FeatureId(d)]));
            return Result(question, LookupKind.Content, [CaseId(top)], [FeatureId(top)], contentConfidence, alternatives);
        }

        if (analysis.AllCases && terms.Count == 0 && analysis.Overview)
        {
            return Result(question, LookupKind.Comparison, allCaseIds, knowledge.Features.Select(f => f.Id).ToList(), 0.6);
        }

        var near = found.Take(2).Select(h => new Reading([CaseId(h.Document)], [FeatureId(h.Document)])).ToList();
        return new LookupResult(question, LookupKind.OutOfScope, [], [], found.Count > 0 ? found[0].Coverage * 0.5 : 0, near);
    }

    /// <summary>Whether the best hit is enough to pick a case: most of the question's content, and more than one everyday word.</summary>
    private bool IsEvidence(List<SearchHit> hits)
    {
        if (hits.Count == 0 || hits[0].Coverage < options.MinimumCoverage)
        {
            return false;
        }

        var matched = terms.Where(t => search.Contains(hits[0].Document, t)).ToList();
        return matched.Count > 1 || matched.Any(t => !analysis.CommonTerms.Contains(t));
    }

    /// <summary>The confidence of the best hit, and the hits close enough to it to ask "did you mean".</summary>
    /// <remarks><paramref name="decides"/> is what the search is choosing (a feature, a case, or both): rivals must differ in it.</remarks>
    private (double Confidence, List<Reading> Alternatives) Weigh(List<SearchHit> hits, Func<int, int> decides, Func<int, Reading> reading)
    {
        var best = hits[0];
        var rival = hits.Skip(1).FirstOrDefault(h => decides(h.Document) != decides(best.Document));
        var separation = rival.Score > 0 ? 1 - (rival.Score / best.Score) : 1;
        var confidence = Math.Clamp(best.Coverage * (0.6 + (0.4 * Math.Sqrt(separation))), 0, 1);
        var alternatives = hits.Skip(1)
            .Where(h => decides(h.Document) != decides(best.Document) && h.Score >= options.CloseRatio * best.Score)
            .DistinctBy(h => decides(h.Document))
            .Take(2)
            .Select(h => reading(h.Document))
            .ToList();
        return (confidence, alternatives);
    }

    private static LookupResult Result(string question, LookupKind kind, IReadOnlyList<string> cases, IReadOnlyList<string> features, double confidence, IReadOnlyList<Reading>? alternatives = null) =>
        new(question, kind, cases, features, Math.Round(Math.Clamp(confidence, 0, 1), 3), alternatives ?? []);

    private int CaseIndex(string id) => knowledge.Cases.ToList().FindIndex(c => c.Id == id);

    private int FeatureIndex(string id) => knowledge.Features.ToList().FindIndex(f => f.Id == id);

    private string CaseId(int document) => knowledge.Cases[documentCase[document]].Id;

    private string FeatureId(int document) => knowledge.Features[documentFeature[document]].Id;
}
