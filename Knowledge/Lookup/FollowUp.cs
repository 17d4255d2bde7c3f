namespace CoproBot.Knowledge.Lookup;

/// <summary>Reads a short follow-up against the last answer: it keeps what it does not change.</summary>
/// <remarks>
/// "and for esther?" keeps the feature; "the other two?" means the other cases, same feature; "its principles"
/// keeps the case; "tell me more" widens the last answer (the whole case, then every case). A question that names
/// both, or asks about something else, is read on its own.
/// </remarks>
internal static class FollowUp
{
    private static readonly HashSet<string> More = new(StringComparer.Ordinal) { "more", "detail", "details", "expand", "elaborate", "continue", "further", "go", "on", "else", "keep", "going", "plus" };

    private static readonly HashSet<string> Others = new(StringComparer.Ordinal) { "other", "others", "rest", "remaining" };

    private static readonly HashSet<string> Back = new(StringComparer.Ordinal) { "it", "its", "their", "they", "them", "this", "that", "same", "there", "those" };

    private const int ShortFollowUp = 7;

    public static LookupResult? Read(LookupIndex index, QuestionAnalysis analysis, List<string> terms, List<Token> tokens, LookupContext context)
    {
        var words = tokens.Select(t => t.Word).ToList();
        var features = analysis.NamedFeatures(index.Knowledge);
        var cases = analysis.CaseIds;
        if (words.Count == 0 || words.Count > ShortFollowUp || context.CaseIds.Count == 0)
        {
            return null;
        }

        if (cases.Count == 0 && features.Count == 0 && words.Any(More.Contains) && words.All(w => More.Contains(w) || QuestionWords.Stop.Contains(w) || w is "please" or "and"))
        {
            return Widen(index, context);
        }

        if (cases.Count == 0 && words.Any(Others.Contains) && terms.All(t => Others.Contains(t) || QuestionWords.CaseNouns.Contains(t) || t is "two" or "one"))
        {
            var others = index.AllCaseIds.Where(c => !context.CaseIds.Contains(c)).ToList();
            return others.Count == 0 ? null : Reading(index, others, features.Count > 0 ? features : context.FeatureIds);
        }

        // "and for esther?", "what about MRR?", "same for the Dundee one": on from the last answer. "What is X?" is not.
        var asksOn = words[0] is "and" or "same" or "for" or "now" or "also" or "then" || (words.Count > 1 && words[0] is "what" or "how" && words[1] == "about") || words.Any(Back.Contains);
        var fresh = words.Any(w => w is "tell" or "describe" or "overview" or "summary" or "summarise" or "summarize" or "explain" or "introduce");
        if (cases.Count > 0 && features.Count == 0 && terms.Count == 0 && !analysis.AllCases && asksOn && !fresh)
        {
            return Reading(index, cases, context.FeatureIds);
        }

        if (cases.Count == 0 && features.Count > 0 && terms.Count == 0 && !analysis.AllCases && asksOn)
        {
            return Reading(index, context.CaseIds, features);
        }

        return null;
    }

    private static LookupResult Widen(LookupIndex index, LookupContext context)
    {
        var allFeatures = index.AllFeatureIds;
        return context.FeatureIds.Count < allFeatures.Count
            ? Reading(index, context.CaseIds, allFeatures)
            : Reading(index, index.AllCaseIds, allFeatures);
    }

    private static LookupResult Reading(LookupIndex index, IReadOnlyList<string> cases, IReadOnlyList<string> features)
    {
        var kind = cases.Count > 1 ? LookupKind.Comparison : features.Count == index.AllFeatureIds.Count ? LookupKind.Overview : LookupKind.Feature;
        return new LookupResult(string.Empty, kind, cases, features, 0.9, []);
    }
}
