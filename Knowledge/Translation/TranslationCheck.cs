using CoproBot.Knowledge.Import;
using CoproBot.Knowledge.Model;

namespace CoproBot.Knowledge.Translation;

/// <summary>Checks that a translation renders exactly the original: the same cases and features, lists item for item.</summary>
internal static class TranslationCheck
{
    public static List<KnowledgeError> Against(KnowledgeBase translation, KnowledgeBase original, string text)
    {
        var errors = new List<KnowledgeError>();
        foreach (var missing in original.Cases.Where(c => !translation.HasCase(c.Id)))
        {
            errors.Add(new KnowledgeError(1, KnowledgeErrorKind.UnknownCase, $"The translation has no case '{missing.Id}' ({missing.Name}); a translation keeps every case of the original, named as in the original."));
        }

        foreach (var extra in translation.Cases.Where(c => !original.HasCase(c.Id)))
        {
            errors.Add(new KnowledgeError(LineOf(text, extra.Name), KnowledgeErrorKind.UnknownCase, $"The case '{extra.Id}' is not in the original."));
        }

        foreach (var extra in translation.Features.Where(f => !original.HasFeature(f.Id)))
        {
            errors.Add(new KnowledgeError(LineOf(text, extra.Title), KnowledgeErrorKind.UnknownFeature, $"The feature '{extra.Title}' is not one of the original's ({string.Join(", ", original.Features.Select(f => f.Id))}); give its id or a known title."));
        }

        foreach (var missing in original.Features.Where(f => !translation.HasFeature(f.Id)))
        {
            errors.Add(new KnowledgeError(1, KnowledgeErrorKind.EmptyCell, $"The translation has no rendering of the feature '{missing.Id}' ({missing.Title})."));
        }

        foreach (var cell in original.Cells.Where(c => translation.HasCase(c.CaseId) && translation.HasFeature(c.FeatureId)))
        {
            var rendered = translation.Cell(cell.CaseId, cell.FeatureId);
            if (rendered.Items.Count != cell.Items.Count)
            {
                errors.Add(new KnowledgeError(LineOf(text, translation.Feature(cell.FeatureId).Title), KnowledgeErrorKind.RaggedBlock,
                    $"'{cell.FeatureId}' of '{cell.CaseId}' has {rendered.Items.Count} list items; the original has {cell.Items.Count}, and each item is translated on its own."));
            }
        }

        return errors;
    }

    // The line a name or title first appears on, so an error points near its cause; 1 when it cannot be found.
    private static int LineOf(string text, string words)
    {
        var at = text.IndexOf(words, StringComparison.Ordinal);
        return at < 0 ? 1 : text.AsSpan(0, at).Count('\n') + 1;
    }
}
