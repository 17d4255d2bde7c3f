using CoproBot.Knowledge.Model;

namespace CoproBot.Knowledge.Import;

/// <summary>The checks every format shares; a draft with any error yields no knowledge at all.</summary>
internal static class KnowledgeValidator
{
    public static KnowledgeReadResult Build(KnowledgeDraft draft, CuratedVocabulary vocabulary)
    {
        var errors = new List<KnowledgeError>(draft.Errors);
        if (draft.Cases.Count == 0 && errors.Count == 0)
        {
            errors.Add(new KnowledgeError(1, KnowledgeErrorKind.Syntax, "The file defines no cases."));
        }

        CheckUnique(draft.Cases, c => c.Id, c => c.Line, "case", errors);
        CheckUnique(draft.Features, f => f.Id, f => f.Line, "feature", errors);

        // Cells of a duplicated case or feature would only repeat that one error, so they are not checked again.
        var duplicated = draft.Cases.GroupBy(c => c.Id).Where(g => g.Count() > 1).Select(g => g.Key)
            .Concat(draft.Features.GroupBy(f => f.Id).Where(g => g.Count() > 1).Select(g => g.Key)).ToHashSet(StringComparer.Ordinal);
        CheckUnique(draft.Cells.Where(c => !duplicated.Contains(c.CaseId) && !duplicated.Contains(c.FeatureId)).ToList(), c => $"{c.CaseId}/{c.FeatureId}", c => c.Line, "case feature", errors);
        CheckCells(draft, duplicated, errors);
        if (errors.Count > 0)
        {
            return KnowledgeReadResult.Failed(errors);
        }

        var cases = draft.Cases.Select(c => new CaseStudy(c.Id, c.Number, c.Name, Merge(Aliases.ForCase(c.Id, c.Number, c.Name), c.Aliases, vocabulary.CaseAliases(c.Id)))).ToList();
        var features = draft.Features.Select(f => new Feature(f.Id, f.Title, Merge(Aliases.ForFeature(f.Title), f.Synonyms, vocabulary.FeatureSynonyms(f.Title)))).ToList();
        var cells = draft.Cells.ToDictionary(c => (c.CaseId, c.FeatureId));
        var ordered = (from c in cases
                       from f in features
                       let cell = cells[(c.Id, f.Id)]
                       select new CaseFeature(c.Id, f.Id, cell.Items.Count > 0 ? null : cell.Text, cell.Items)).ToList();
        return new KnowledgeReadResult(new KnowledgeBase(cases, features, ordered), []);
    }

    private static void CheckUnique<T>(List<T> items, Func<T, string> id, Func<T, int> line, string what, List<KnowledgeError> errors)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (string.IsNullOrEmpty(id(item)))
            {
                errors.Add(new KnowledgeError(line(item), KnowledgeErrorKind.EmptyCell, $"A {what} has no name or id."));
            }
            else if (!seen.TryAdd(id(item), line(item)))
            {
                errors.Add(new KnowledgeError(line(item), KnowledgeErrorKind.DuplicateId, $"The {what} id '{id(item)}' is already used on line {seen[id(item)]}."));
            }
        }
    }

    private static void CheckCells(KnowledgeDraft draft, HashSet<string> duplicated, List<KnowledgeError> errors)
    {
        var caseIds = draft.Cases.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var featureIds = draft.Features.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var cell in draft.Cells.Where(c => !duplicated.Contains(c.CaseId) && !duplicated.Contains(c.FeatureId)))
        {
            if (!caseIds.Contains(cell.CaseId))
            {
                errors.Add(new KnowledgeError(cell.Line, KnowledgeErrorKind.UnknownCase, $"The case '{cell.CaseId}' is not defined."));
            }
            else if (!featureIds.Contains(cell.FeatureId))
            {
                errors.Add(new KnowledgeError(cell.Line, KnowledgeErrorKind.UnknownFeature, $"The feature '{cell.FeatureId}' is not defined."));
            }
            else if (cell.Items.Count == 0 && string.IsNullOrWhiteSpace(cell.Text))
            {
                errors.Add(new KnowledgeError(cell.Line, KnowledgeErrorKind.EmptyCell, $"The text of '{cell.FeatureId}' for '{cell.CaseId}' is empty."));
            }
            else if (cell.Items.Any(string.IsNullOrWhiteSpace))
            {
                errors.Add(new KnowledgeError(cell.Line, KnowledgeErrorKind.EmptyCell, $"A list item of '{cell.FeatureId}' for '{cell.CaseId}' is empty."));
            }
        }

        var present = draft.Cells.Select(c => (c.CaseId, c.FeatureId)).ToHashSet();
        foreach (var feature in draft.Features)
        {
            foreach (var missing in draft.Cases.Where(c => !present.Contains((c.Id, feature.Id)) && !duplicated.Contains(c.Id) && !duplicated.Contains(feature.Id)))
            {
                errors.Add(new KnowledgeError(feature.Line, KnowledgeErrorKind.EmptyCell, $"The case '{missing.Id}' has no text for '{feature.Id}'."));
            }
        }
    }

    private static List<string> Merge(params IEnumerable<string>[] sources) =>
        sources.SelectMany(s => s).Select(a => a.Trim().ToLowerInvariant()).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList();
}
