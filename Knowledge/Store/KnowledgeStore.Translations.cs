using CoproBot.Knowledge.Catalog;
using CoproBot.Knowledge.Translation;
using static CoproBot.Knowledge.Store.KnowledgeRows;

namespace CoproBot.Knowledge.Store;

/// <summary>A translation of the knowledge is kept as the original is: in generations, with its own pointer row.</summary>
/// <remarks>
/// Its rows sit in the same tables, their keys carrying the language, so seeding, importing and reading a
/// translation never touch the original's generations, and a restart keeps an imported translation as it keeps an import.
/// </remarks>
public sealed partial class KnowledgeStore
{
    /// <summary>Seeds the shipped translation unless it is already there or an admin's import of it is in force.</summary>
    public Task<SeedOutcome> SeedTranslationAsync(KnowledgeTranslation shipped, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shipped);
        return SeedAsync(TranslationSlot(shipped.Language), shipped.Text, cancellationToken);
    }

    /// <summary>Replaces the whole translation in one language; null means another writer won.</summary>
    public Task<KnowledgeVersion?> ImportTranslationAsync(KnowledgeTranslation translation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(translation);
        return ImportAsync(TranslationSlot(translation.Language), translation.Text, cancellationToken);
    }

    /// <summary>Reads the current translation in one language, or null if there is none.</summary>
    public Task<StoredKnowledge?> LoadTranslationAsync(string language, CancellationToken cancellationToken) =>
        LoadAsync(TranslationSlot(language), cancellationToken);

    /// <summary>The version of the translation in one language, without reading it.</summary>
    public Task<KnowledgeVersion?> CurrentTranslationVersionAsync(string language, CancellationToken cancellationToken) =>
        CurrentVersionAsync(TranslationSlot(language), cancellationToken);

    private static Slot TranslationSlot(string language) => KnowledgeLanguages.IsTranslation(language)
        ? Slot.For(language)
        : throw new ArgumentException($"'{language}' is not a language the knowledge is translated into.", nameof(language));
}
