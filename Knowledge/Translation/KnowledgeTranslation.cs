using CoproBot.Knowledge.Lookup;
using CoproBot.Knowledge.Model;

namespace CoproBot.Knowledge.Translation;

/// <summary>A rendering of the knowledge in another language: the same case and feature ids, every cell translated.</summary>
/// <remarks>
/// The English source table stays the original and is what questions are read against; a translation is only what a
/// person reading that language is shown first, with the original beside it. Lists keep their items one for one, so
/// an item quoted from the original has its own translation. <see cref="MadeFrom"/> is the original as it stood when the
/// translation was imported, so a cell the original has changed in since is known to be out of date.
/// </remarks>
public sealed class KnowledgeTranslation(string language, KnowledgeBase text, KnowledgeBase? madeFrom = null)
{
    public string Language { get; } = language;

    /// <summary>The translated table, in the shape of any knowledge base (features carry their translated titles).</summary>
    public KnowledgeBase Text { get; } = text;

    /// <summary>The original this translation renders; null when that is not known (a store from before it was kept).</summary>
    public KnowledgeBase? MadeFrom { get; } = madeFrom;

    /// <summary>Whether the original cell has changed since this translation of it was made, so the translation may say something else.</summary>
    public bool IsOutOfDate(CaseFeature original)
    {
        ArgumentNullException.ThrowIfNull(original);
        if (MadeFrom is null || Cell(original.CaseId, original.FeatureId) is null)
        {
            return false;
        }

        if (!MadeFrom.HasCase(original.CaseId) || !MadeFrom.HasFeature(original.FeatureId))
        {
            return true;
        }

        var then = MadeFrom.Cell(original.CaseId, original.FeatureId);
        return then.Text != original.Text || !then.Items.SequenceEqual(original.Items, StringComparer.Ordinal);
    }

    /// <summary>The cells of <paramref name="original"/> this translation is out of date for, in the original's order.</summary>
    public IReadOnlyList<CaseFeature> OutOfDate(KnowledgeBase original)
    {
        ArgumentNullException.ThrowIfNull(original);
        return [.. original.Cases.SelectMany(c => original.Features.Select(f => original.Cell(c.Id, f.Id))).Where(IsOutOfDate)];
    }

    /// <summary>This translation, known to be made from <paramref name="original"/>.</summary>
    public KnowledgeTranslation MadeFor(KnowledgeBase original) => new(Language, Text, original);

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

    /// <summary>
    /// The translation of one line of <paramref name="original"/> (a list item, or the whole of a text cell) as the
    /// original reads now; null when the line is not the original's, the item counts differ, or the translation is out
    /// of date, so a stale rendering is never shown in place of the original.
    /// </summary>
    public string? CurrentLine(CaseFeature original, string line)
    {
        ArgumentNullException.ThrowIfNull(original);
        if (Cell(original.CaseId, original.FeatureId) is not { } translated || IsOutOfDate(original))
        {
            return null;
        }

        var from = Lines(original);
        var to = Lines(translated);
        var index = from.FindIndex(l => l == Flatten(line ?? string.Empty));
        return index >= 0 && from.Count == to.Count && to[index].Length > 0 ? to[index] : null;
    }

    private static List<string> Lines(CaseFeature cell) =>
        cell.IsList ? [.. cell.Items.Select(Flatten)] : [Flatten(cell.Text ?? string.Empty)];

    private static List<string> Pieces(CaseFeature cell) =>
        cell.IsList ? [.. cell.Items.Select(Flatten)] : CellUnits.Sentences(Flatten(cell.Text ?? string.Empty));

    private static string Flatten(string text) => string.Join(' ', text.Split(['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
}
