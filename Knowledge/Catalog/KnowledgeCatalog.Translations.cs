using CoproBot.Knowledge.Import;
using CoproBot.Knowledge.Translation;

namespace CoproBot.Knowledge.Catalog;

/// <summary>The translations of the knowledge: imported and exported per language, refreshed with the original.</summary>
public sealed partial class KnowledgeCatalog
{
    /// <summary>Imports a translation (source table or JSON) checked against the current original; a file with any error changes nothing.</summary>
    public async Task<KnowledgeImportResult> ImportTranslationFileAsync(string language, string path, CancellationToken cancellationToken)
    {
        if (!KnowledgeLanguages.IsTranslation(language))
        {
            return new KnowledgeImportResult(null, [new KnowledgeError(1, KnowledgeErrorKind.Syntax, $"The knowledge is not translated into '{language}'; the languages are {string.Join(", ", KnowledgeLanguages.Translations)}.")], Conflict: false);
        }

        var read = await TranslationFile.ReadAsync(path, Current.Knowledge, cancellationToken);
        if (!read.Succeeded)
        {
            KnowledgeLog.ImportRejected(_logger, read.Errors.Count, read.Errors.Count > 0 ? read.Errors[0].Line : 0);
            return new KnowledgeImportResult(null, read.Errors, Conflict: false);
        }

        var translation = new KnowledgeTranslation(language, read.Knowledge, Current.Knowledge);
        var version = await _store.ImportTranslationAsync(translation, cancellationToken);
        if (version is null)
        {
            return new KnowledgeImportResult(null, [], Conflict: true);
        }

        var madeFrom = await _store.CurrentMadeFromVersionAsync(language, cancellationToken);
        Volatile.Write(ref _current, Current.WithTranslation(new StoredTranslation(translation, version, madeFrom)));
        return new KnowledgeImportResult(version, [], Conflict: false);
    }

    /// <summary>Writes the current translation in one language; false when there is none.</summary>
    public async Task<bool> ExportTranslationFileAsync(string language, string path, CancellationToken cancellationToken)
    {
        if (!Current.Translations.TryGetValue(language, out var stored))
        {
            return false;
        }

        await TranslationFile.WriteAsync(stored.Translation, path, cancellationToken);
        return true;
    }

    private async Task<bool> RefreshTranslationsAsync(CancellationToken cancellationToken)
    {
        var changed = false;
        foreach (var language in KnowledgeLanguages.Translations)
        {
            var version = await _store.CurrentTranslationVersionAsync(language, cancellationToken);
            var madeFrom = await _store.CurrentMadeFromVersionAsync(language, cancellationToken);
            var held = Current.Translations.GetValueOrDefault(language);
            if (version is null || (held is not null && Same(version, held.Version) && Same(madeFrom, held.MadeFromVersion)))
            {
                continue;
            }

            if (await _store.LoadTranslationAsync(language, cancellationToken) is { } stored)
            {
                var original = madeFrom is null ? null : await _store.LoadMadeFromAsync(language, cancellationToken);
                var translation = new KnowledgeTranslation(language, stored.Knowledge, original?.Knowledge);
                Volatile.Write(ref _current, Current.WithTranslation(new StoredTranslation(translation, stored.Version, original?.Version)));
                changed = true;
            }
        }

        return changed;
    }

    private static bool Same(KnowledgeVersion? one, KnowledgeVersion? other) =>
        one is null ? other is null : other is not null && one.Generation == other.Generation && one.ContentHash == other.ContentHash;
}
