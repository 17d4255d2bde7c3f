namespace CoproBot.Knowledge.Lookup;

/// <summary>Gives a reading the shape its question asks for: what cases share, what a case is for, what coproduction is.</summary>
internal static class Shapes
{
    private const string Approach = "coproduction-approach";
    private const string GuidingQuestions = "guiding-questions";

    // Words that state an objective outright; "aim" and "intention" also say how a case works, so they do not count.
    private static readonly string[] Objectives = ["objective", "goal", "purpose", "mission"];

    public static LookupResult Apply(LookupIndex index, QuestionAnalysis analysis, List<string> terms, LookupResult result)
    {
        var named = analysis.NamedFeatures(index.Knowledge);
        if (analysis.CaseIds.Count == 0 && analysis.ReferenceWords.Count == 0 && analysis.Defining && !analysis.AllCases && !analysis.Sharing
            && named.Count == 1 && named[0] == Approach && terms.Count <= 1 && index.Knowledge.HasFeature(Approach))
        {
            return result with { Kind = LookupKind.Comparison, CaseIds = index.AllCaseIds, FeatureIds = [Approach], Shape = QuestionShape.Definition, Confidence = 0.9, Excerpts = null };
        }

        if (analysis.Purpose && named.Count == 0 && result.IsAnswered && result.CaseIds.Count == 1 && (analysis.CaseIds.Count == 1 || analysis.ReferenceWords.Count > 0))
        {
            return Goal(index, result) ?? result;
        }

        if (analysis.Sharing && result.IsAnswered && (result.CaseIds.Count > 1 || analysis.CaseIds.Count == 0))
        {
            var cases = analysis.CaseIds.Count > 1 ? analysis.CaseIds : index.AllCaseIds;
            var features = named.Count > 0 ? named : result.FeatureIds.Count < index.AllFeatureIds.Count ? result.FeatureIds : index.AllFeatureIds;
            return result with { Kind = LookupKind.Comparison, CaseIds = cases, FeatureIds = features, Shape = QuestionShape.Shared, Excerpts = null, Confidence = Math.Max(result.Confidence, 0.7) };
        }

        return result;
    }

    // "What's ESTHER's main goal?": the sentence that states it, else the question the case sets out to answer.
    private static LookupResult? Goal(LookupIndex index, LookupResult result)
    {
        var caseId = result.CaseIds[0];
        foreach (var feature in index.Knowledge.Features)
        {
            var cell = index.Knowledge.Cell(caseId, feature.Id);
            var sentences = cell.IsList ? [.. cell.Items] : CellUnits.Sentences(cell.Text ?? string.Empty);
            var stated = sentences.FirstOrDefault(s => Objectives.Any(o => Tokenizer.Split(s).Any(w => w.Word == o)));
            if (stated is not null)
            {
                return result with { Kind = LookupKind.Feature, FeatureIds = [feature.Id], Shape = QuestionShape.Goal, Excerpts = [new Excerpt(caseId, feature.Id, stated)], Confidence = 0.85 };
            }
        }

        return index.Knowledge.HasFeature(GuidingQuestions)
            ? result with { Kind = LookupKind.Feature, FeatureIds = [GuidingQuestions], Shape = QuestionShape.Goal, Excerpts = null, Confidence = 0.8 }
            : null;
    }
}
