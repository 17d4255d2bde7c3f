using CoproBot.Knowledge.Catalog;
using CoproBot.Knowledge.Translation;
using static CoproBot.Knowledge.Store.KnowledgeRows;

namespace CoproBot.Knowledge.Store;

/// <summary>A translation of the knowledge is kept as the original is: in generations, with its own pointer row.</summary>
/// <remarks>
/// Its rows sit in the same tables, their keys carrying the language, so seeding, importing and reading a
/// translation never touch the original's generations, and a restart keeps an imported translation as it keeps an import.
/// The original it was made from is kept beside it the same way ("current-fr-from"), written after it: a write cut
/// between the two leaves the older original there, so more of the translation is shown as out of date, never less.
/// </remarks>
public sealed partial class KnowledgeStore
{
    /// <summary>Seeds the shipped translation unless it is already there or an admin's import of it is in force.</summary>
    public async Task<SeedOutcome> SeedTranslationAsync(KnowledgeTranslation shipped, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shipped);
        var outcome = await SeedAsync(TranslationSlot(shipped.Language), shipped.Text, cancellationToken);
        if (shipped.MadeFrom is not null)
        {
            await SeedAsync(MadeFromSlot(shipped.Language), shipped.MadeFrom, cancellationToken);
        }

        return outcome;
    }

    /// <summary>Replaces the whole translation in one language; null means another writer won.</summary>
    public async Task<KnowledgeVersion?> ImportTranslationAsync(KnowledgeTranslation translation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(translation);
        var version = await ImportAsync(TranslationSlot(translation.Language), translation.Text, cancellationToken);
        if (version is not null && translation.MadeFrom is not null)
        {
            await ImportAsync(MadeFromSlot(translation.Language), translation.MadeFrom, cancellationToken);
        }

        return version;
    }

    /// <summary>Reads the current translation in one language, or null if there is none.</summary>
    public Task<StoredKnowledge?> LoadTranslationAsync(string language, CancellationToken cancellationToken) =>
        LoadAsync(TranslationSlot(language), cancellationToken);

    /// <summary>The version of the translation in one language, without reading it.</summary>
    public Task<KnowledgeVersion?> CurrentTranslationVersionAsync(string language, CancellationToken cancellationToken) =>
        CurrentVersionAsync(TranslationSlot(language), cancellationToken);

    /// <summary>Reads the original the current translation in one language was made from, or null if that is not kept.</summary>
    public Task<StoredKnowledge?> LoadMadeFromAsync(string language, CancellationToken cancellationToken) =>
        LoadAsync(MadeFromSlot(language), cancellationToken);

    /// <summary>The version of the original kept beside a translation, without reading it.</summary>
    public Task<KnowledgeVersion?> CurrentMadeFromVersionAsync(string language, CancellationToken cancellationToken) =>
        CurrentVersionAsync(MadeFromSlot(language), cancellationToken);

    private static Slot MadeFromSlot(string language) => Slot.For(TranslationSlot(language).Language + "-from");

    private static Slot TranslationSlot(string language) => KnowledgeLanguages.IsTranslation(language)
        ? Slot.For(language)
        : throw new ArgumentException($"'{language}' is not a language the knowledge is translated into.", nameof(language));
}
