using CoproBot.Knowledge.Import;
using CoproBot.Knowledge.Lookup;
using CoproBot.Knowledge.Meaning;
using CoproBot.Knowledge.Model;
using CoproBot.Knowledge.Store;
using CoproBot.Knowledge.Translation;
using Microsoft.Extensions.Logging;

namespace CoproBot.Knowledge.Catalog;

/// <summary>The process-wide current knowledge: register as a singleton, seed at start-up, answer from <see cref="Current"/>.</summary>
/// <remarks>
/// Questions never touch the store: <see cref="Current"/> is an immutable snapshot with its lookup index built once,
/// replaced whole (one reference swap) after an import or a refresh.
/// </remarks>
public sealed partial class KnowledgeCatalog
{
    private readonly KnowledgeStore _store;
    private readonly CuratedVocabulary _vocabulary;
    private readonly LookupOptions _options;
    private readonly ILogger<KnowledgeCatalog> _logger;
    private readonly ISentenceEmbedder? _embedder;
    private KnowledgeSnapshot _current;

    /// <remarks>With an embedder, every snapshot's lookup reads questions by meaning as well; without one, by words only.</remarks>
    public KnowledgeCatalog(KnowledgeStore store, ILogger<KnowledgeCatalog> logger, LookupOptions? options = null, CuratedVocabulary? vocabulary = null, ISentenceEmbedder? embedder = null)
    {
        _store = store;
        _embedder = embedder;
        _logger = logger;
        _options = options ?? new LookupOptions();
        _vocabulary = vocabulary ?? CuratedVocabulary.Shipped;

        // Until the store is read, answer from the shipped knowledge rather than from nothing.
        var french = ShippedTranslation.French;
        _current = new KnowledgeSnapshot(ShippedKnowledge.Knowledge, new KnowledgeVersion(0, KnowledgeVersion.SeedSource, KnowledgeJson.ContentHash(ShippedKnowledge.Knowledge), DateTimeOffset.MinValue), _options, _embedder,
            [new StoredTranslation(french, new KnowledgeVersion(0, KnowledgeVersion.SeedSource, KnowledgeJson.ContentHash(french.Text), DateTimeOffset.MinValue))]);
    }

    public KnowledgeSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Seeds the store with the shipped knowledge if needed, then loads what the store holds.</summary>
    public async Task<SeedOutcome> InitializeAsync(CancellationToken cancellationToken)
    {
        var outcome = await _store.SeedAsync(ShippedKnowledge.Knowledge, cancellationToken);
        await _store.SeedTranslationAsync(ShippedTranslation.French, cancellationToken);
        await RefreshAsync(cancellationToken);
        return outcome;
    }

    /// <summary>Reloads from the store if another instance changed the knowledge; true if the snapshot was replaced.</summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        var translated = await RefreshTranslationsAsync(cancellationToken);
        var version = await _store.CurrentVersionAsync(cancellationToken);
        if (version is null || Same(version, Current.Version))
        {
            return translated;
        }

        var stored = await _store.LoadAsync(cancellationToken);
        if (stored is null)
        {
            return translated;
        }

        Volatile.Write(ref _current, Current.WithKnowledge(stored.Knowledge, stored.Version, new KnowledgeLookup(stored.Knowledge, _options, _embedder)));
        return true;
    }

    /// <summary>Imports a source table (.txt) or JSON (.json) file; a file with any error changes nothing.</summary>
    public async Task<KnowledgeImportResult> ImportFileAsync(string path, CancellationToken cancellationToken)
    {
        var read = await KnowledgeFile.ReadAsync(path, _vocabulary, cancellationToken);
        return await ImportAsync(read, cancellationToken);
    }

    /// <summary>Imports knowledge text in the given format; a text with any error changes nothing.</summary>
    public Task<KnowledgeImportResult> ImportTextAsync(string text, KnowledgeFormat format, CancellationToken cancellationToken) =>
        ImportAsync(KnowledgeFile.Read(text, format, _vocabulary), cancellationToken);

    /// <summary>Writes the current knowledge to a file; .json, .md or (anything else) the source table.</summary>
    public Task ExportFileAsync(string path, CancellationToken cancellationToken) =>
        KnowledgeFile.WriteAsync(Current.Knowledge, path, cancellationToken);

    private async Task<KnowledgeImportResult> ImportAsync(KnowledgeReadResult read, CancellationToken cancellationToken)
    {
        if (!read.Succeeded)
        {
            KnowledgeLog.ImportRejected(_logger, read.Errors.Count, read.Errors.Count > 0 ? read.Errors[0].Line : 0);
            return new KnowledgeImportResult(null, read.Errors, Conflict: false);
        }

        return await ImportAsync(read.Knowledge, cancellationToken);
    }

    /// <summary>Replaces the whole knowledge with an already validated knowledge base.</summary>
    public async Task<KnowledgeImportResult> ImportAsync(KnowledgeBase knowledge, CancellationToken cancellationToken)
    {
        // Building the lookup first means knowledge that cannot be served is never stored.
        // Concurrent imports need no lock here: the store's pointer flip is conditional, so one of them wins.
        ArgumentNullException.ThrowIfNull(knowledge);
        var lookup = new KnowledgeLookup(knowledge, _options, _embedder);
        var version = await _store.ImportAsync(knowledge, cancellationToken);
        if (version is null)
        {
            return new KnowledgeImportResult(null, [], Conflict: true);
        }

        Volatile.Write(ref _current, Current.WithKnowledge(knowledge, version, lookup));
        return new KnowledgeImportResult(version, [], Conflict: false);
    }
}
