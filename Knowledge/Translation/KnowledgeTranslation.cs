using CoproBot.Knowledge.Lookup;
using CoproBot.Knowledge.Model;

namespace CoproBot.Knowledge.Translation;

/// <summary>A rendering of the knowledge in another language: the same case and feature ids, every cell translated.</summary>
/// <remarks>
/// The English source table stays the original and is what questions are read against; a translation is only what a
/// person reading that language is shown first, with the original beside it. Lists keep their items one for one, so
/// an item quoted from the original has its own translation.
/// </remarks>
public sealed class KnowledgeTranslation(string language, KnowledgeBase text)
{
    public string Language { get; } = language;

    /// <summary>The translated table, in the shape of any knowledge base (features carry their translated titles).</summary>
    public KnowledgeBase Text { get; } = text;

    public string? FeatureTitle(string featureId) => Text.HasFeature(featureId) ? Text.Feature(featureId).Title : null;

    /// <summary>The translation of a whole cell, or null when this translation has none (it was made for other knowledge).</summary>
    public CaseFeature? Cell(string caseId, string featureId) =>
        Text.HasCase(caseId) && Text.HasFeature(featureId) ? Text.Cell(caseId, featureId) : null;

    /// <summary>The translation of one item or sentence quoted from <paramref name="original"/>, else of the whole cell.</summary>
    /// <remarks>Sentences are matched by position, so a translation that splits or joins sentences gets the whole cell shown.</remarks>
    public string? Excerpt(CaseFeature original, string quoted)
    {
        ArgumentNullException.ThrowIfNull(original);
        if (Cell(original.CaseId, original.FeatureId) is not { } translated)
        {
            return null;
        }

        var from = Pieces(original);
        var to = Pieces(translated);
        var index = from.FindIndex(p => p == Flatten(quoted));
        return index >= 0 && from.Count == to.Count ? to[index] : Flatten(translated.SearchText);
    }

    private static List<string> Pieces(CaseFeature cell) =>
        cell.IsList ? [.. cell.Items.Select(Flatten)] : CellUnits.Sentences(Flatten(cell.Text ?? string.Empty));

    private static string Flatten(string text) => string.Join(' ', text.Split(['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
}
