namespace CoproBot.Knowledge.Lookup;

/// <summary>Reads a question the words alone left uncertain by its meaning: which feature a named case is asked about, which case a description or a content question points at, and what is out of scope.</summary>
/// <remarks>
/// Names still beat everything: a named case or feature is taken as asked. Meaning fills in what was not named, and
/// says "near nothing" when nothing is near enough. When the best two readings are about as near, the person is asked
/// which one they meant rather than given a whole overview.
/// </remarks>
internal sealed class MeaningDecision(LookupIndex index, QuestionAnalysis analysis, List<string> terms, MeaningScores scores, Func<string, List<string>, string?> resolveReference)
{
    // Below this a feature is not near enough to be what a named case is asked about (set for the int8 model, whose
    // similarities run about 0.02 under the full-precision one's).
    private const double FeatureFloor = 0.53;

    // Two readings closer than this are offered together; closer than the tie, the person chooses.
    private const double Close = 0.06;
    private const double Tie = 0.01;

    // A content question needs a cell at least this near, and nearer than any out-of-scope request.
    private const double ContentFloor = 0.33;
    private const double OffTopicMargin = 0.05;

    // A feature the question names counts for its cells when the question asks which case says something.
    private const double NamedBonus = 0.1;

    public LookupResult Decide(string question, IReadOnlyList<string> namedFeatures)
    {
        var cases = analysis.CaseIds.ToList();
        if (cases.Count == 0 && analysis.ReferenceWords.Count > 0 && resolveReference(question, analysis.ReferenceWords) is { } described)
        {
            cases.Add(described);
        }

        if (cases.Count > 0 && namedFeatures.Count > 0)
        {
            return NamedReading.Decide(index, analysis, terms, question, cases, namedFeatures);
        }

        if (cases.Count > 0)
        {
            return ForNamedCases(question, cases);
        }

        if (namedFeatures.Count > 0)
        {
            return ForNamedFeatures(question, namedFeatures);
        }

        return ByContent(question);
    }

    private LookupResult ForNamedCases(string question, List<string> cases)
    {
        var kind = cases.Count > 1 ? LookupKind.Comparison : LookupKind.Feature;
        var ranked = scores.Features(cases);
        var (top, second) = (ranked[0], ranked[1]);
        if (top.Score < FeatureFloor)
        {
            // Nothing of the case is near: an everyday request that happens to name a place is out of scope.
            if (scores.OffTopic > scores.Paraphrase(top.FeatureId) + OffTopicMargin && !analysis.Describes)
            {
                return OutOfScope(question, []);
            }

            // "Tell me about it" wants the whole case, and several cases compare side by side; a question about
            // something in particular that nothing answers well gets the two nearest readings to choose from.
            if (analysis.Describes || cases.Count > 1 || terms.Count == 0)
            {
                return Result(question, cases.Count > 1 ? LookupKind.Comparison : LookupKind.Overview, cases, index.AllFeatureIds, 0.6);
            }

            return new LookupResult(question, LookupKind.Clarify, [], [], 0.4, [new Reading(cases, [top.FeatureId]), new Reading(cases, [second.FeatureId])]);
        }

        if (top.Score - second.Score < Tie)
        {
            // Two parts of the case answer it equally well, and both well: both are shown, the nearer first. A question
            // back would only make the person choose between two answers they would gladly read together.
            return Result(question, kind, cases, [top.FeatureId, second.FeatureId], 0.5, []);
        }

        var alternatives = top.Score - second.Score < Close ? new List<Reading> { new(cases, [second.FeatureId]) } : [];
        return Result(question, kind, cases, [top.FeatureId], Confidence(top.Score, second.Score), alternatives);
    }

    private LookupResult ForNamedFeatures(string question, IReadOnlyList<string> features)
    {
        var all = index.AllCaseIds;
        if (analysis.AllCases || terms.Count == 0)
        {
            return Result(question, LookupKind.Comparison, all, features, 0.9);
        }

        if (analysis.AsksWhich)
        {
            // "Which case puts value ahead of cash?": the cell that says it, the named feature's cells first.
            var which = scores.Cells(_ => true).Select(r => (r.Cell, Score: r.Score + (features.Contains(index.FeatureId(r.Cell)) ? NamedBonus : 0))).OrderByDescending(r => r.Score).ToList();
            var other = which.FirstOrDefault(r => index.DocumentCase[r.Cell] != index.DocumentCase[which[0].Cell]);
            return Result(question, LookupKind.Content, [index.CaseId(which[0].Cell)], [index.FeatureId(which[0].Cell)], Confidence(which[0].Score, other.Score), excerpts: [Excerpt(which[0].Cell)]);
        }

        // The words besides the feature's say which case: "how does the peer-led one deal with vulnerability?".
        var ranked = scores.Cells(_ => true);
        var best = ranked[0];
        var rival = ranked.FirstOrDefault(r => index.DocumentCase[r.Cell] != index.DocumentCase[best.Cell]);
        if (scores.Coverage(best.Cell) >= index.Options.MinimumCoverage && best.Score - rival.Score >= Close)
        {
            return Result(question, LookupKind.Content, [index.CaseId(best.Cell)], features, Confidence(best.Score, rival.Score));
        }

        return Result(question, LookupKind.Comparison, all, features, 0.7);
    }

    private LookupResult ByContent(string question)
    {
        if (terms.Count == 0 || terms.All(analysis.CommonTerms.Contains))
        {
            // "Compare the cases", "give me a side-by-side": everything; "hello", "what time is it?": nothing.
            return analysis.AllCases
                ? Result(question, LookupKind.Comparison, index.AllCaseIds, index.AllFeatureIds, 0.6)
                : OutOfScope(question, []);
        }

        var ranked = scores.Cells(_ => true);
        var best = ranked[0];
        var meaning = scores.CellMeaning(best.Cell);
        if (analysis.AllCases && analysis.CaseIds.Count == 0 && best.Score < ContentFloor)
        {
            // "Give me a side-by-side of all three cases": everything, side by side.
            return Result(question, LookupKind.Comparison, index.AllCaseIds, index.AllFeatureIds, 0.6);
        }

        // "Which case…" asks about the cases by its own words; only its nearness can put it out of scope.
        if (!analysis.AsksWhich && scores.OffTopic > meaning + OffTopicMargin)
        {
            return OutOfScope(question, []);
        }

        if (best.Score < ContentFloor)
        {
            return OutOfScope(question, [Reading(best.Cell)]);
        }

        if (analysis.AllCases)
        {
            return Result(question, LookupKind.Comparison, index.AllCaseIds, [index.FeatureId(best.Cell)], 0.7);
        }

        if (analysis.Plural)
        {
            // "Which of them are about mental health?": every case with a cell about as near as the best one.
            var near = ranked.Where(r => r.Score >= best.Score - Close).GroupBy(r => index.DocumentCase[r.Cell]).Select(g => g.First()).ToList();
            return Result(question, LookupKind.Content, [.. near.Select(r => index.CaseId(r.Cell))], [.. near.Select(r => index.FeatureId(r.Cell)).Distinct()], 0.7, excerpts: [.. near.Select(r => Excerpt(r.Cell))]);
        }

        var rival = ranked.FirstOrDefault(r => r.Cell != best.Cell);
        var alternatives = ranked.Skip(1).Where(r => r.Score >= best.Score - Close).Take(2).Select(r => Reading(r.Cell)).ToList();
        return Result(question, LookupKind.Content, [index.CaseId(best.Cell)], [index.FeatureId(best.Cell)], Confidence(best.Score, rival.Score), alternatives, [Excerpt(best.Cell)]);
    }

    private Excerpt Excerpt(int cell) => new(index.CaseId(cell), index.FeatureId(cell), scores.Unit(cell).Quote);

    private Reading Reading(int cell) => new([index.CaseId(cell)], [index.FeatureId(cell)]);

    // Sure when the best reading is clearly ahead of the next one.
    private static double Confidence(double best, double next) => Math.Clamp(0.55 + (4 * (best - next)), 0.4, 0.95);

    private static LookupResult OutOfScope(string question, List<Reading> near) => new(question, LookupKind.OutOfScope, [], [], 0, near);

    private static LookupResult Result(string question, LookupKind kind, IReadOnlyList<string> cases, IReadOnlyList<string> features, double confidence, IReadOnlyList<Reading>? alternatives = null, IReadOnlyList<Excerpt>? excerpts = null) =>
        new(question, kind, cases, features, Math.Round(confidence, 3), alternatives ?? [], QuestionShape.Plain, excerpts);
}
