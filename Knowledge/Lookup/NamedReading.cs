namespace CoproBot.Knowledge.Lookup;

/// <summary>Reads a question that names both its cases and its features: the names settle it, with no need for meaning.</summary>
/// <remarks>
/// One exception, found by words alone: "who can join the Recovery College courses?" names the group ("who can join"),
/// but its other words are only in another cell of the case ("Courses are open to anyone…"), which is what it asks.
/// </remarks>
internal static class NamedReading
{
    public static LookupResult Decide(LookupIndex index, QuestionAnalysis analysis, List<string> terms, string question, IReadOnlyList<string> cases, IReadOnlyList<string> features)
    {
        if (cases.Count == 1 && features.Count == 1 && ContentElsewhere(index, analysis, terms, cases[0], features[0]) is { } cell)
        {
            var excerpt = new Excerpt(cases[0], index.FeatureId(cell), Quote(index, cell, terms));
            return new LookupResult(question, LookupKind.Content, cases, [index.FeatureId(cell)], 0.8, [new Reading(cases, features)], QuestionShape.Plain, [excerpt]);
        }

        var confidence = analysis.CaseCorrected || analysis.FeatureCorrected ? 0.85 : 1.0;
        return new LookupResult(question, cases.Count > 1 ? LookupKind.Comparison : LookupKind.Feature, cases, features, confidence, []);
    }

    private static int? ContentElsewhere(LookupIndex index, QuestionAnalysis analysis, List<string> terms, string caseId, string featureId)
    {
        var named = index.Cell(caseId, featureId);
        if (terms.Count == 0 || named < 0 || terms.Any(t => analysis.CommonTerms.Contains(t) || index.Search.DocumentsWith(t) > 2))
        {
            return null;
        }

        var hits = index.Search.Search(terms, d => index.CaseId(d) == caseId);
        if (hits.Any(h => h.Document == named))
        {
            return null;
        }

        return hits.Count > 0 && hits[0].Coverage >= 0.99 ? hits[0].Document : null;
    }

    // The item or sentence of the cell that holds most of the question's words.
    private static string Quote(LookupIndex index, int cell, List<string> terms)
    {
        var units = CellUnits.Of([index.Knowledge.Cells[cell]]);
        return units.Select(u => u.Quote).Distinct()
            .OrderByDescending(q => Tokenizer.Split(q).Select(w => WordForms.Stem(w.Word)).Intersect(terms).Count())
            .ThenBy(q => q.Length)
            .First();
    }
}
