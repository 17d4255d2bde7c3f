using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using CoproBot.Knowledge.Catalog;
using CoproBot.Knowledge.Import;
using CoproBot.Knowledge.Model;
using CoproBot.Storage.Tables;
using Microsoft.Extensions.Logging;
using static CoproBot.Knowledge.Store.KnowledgeRows;

namespace CoproBot.Knowledge.Store;

/// <summary>Keeps the knowledge in an <see cref="ITableStore"/>: cases in <c>kbcases</c>, case features in <c>kbfeatures</c> partitioned by case.</summary>
/// <remarks>
/// Every write goes to a new generation; a pointer row is flipped last (with its ETag), so readers see the old
/// knowledge or the new one, never a mix, and a failed write leaves the current knowledge as it was.
/// </remarks>
public sealed partial class KnowledgeStore(ITableStore store, TimeProvider time, ILogger<KnowledgeStore> logger)
{
    private const int ReadAttempts = 3;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Seeds the shipped knowledge unless it is already there or an admin's import is in force.</summary>
    public Task<SeedOutcome> SeedAsync(KnowledgeBase shipped, CancellationToken cancellationToken) => SeedAsync(Slot.Original, shipped, cancellationToken);

    private async Task<SeedOutcome> SeedAsync(Slot slot, KnowledgeBase shipped, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shipped);
        var hash = KnowledgeJson.ContentHash(shipped);
        var current = await store.GetAsync(MetaTable, PointerPartition, slot.PointerKey, cancellationToken);
        var pointer = current is null ? null : Read<Pointer>(current.Data);
        if (pointer is null)
        {
            var created = await PublishAsync(slot, shipped, KnowledgeVersion.SeedSource, hash, null, cancellationToken);
            if (created is null)
            {
                return SeedOutcome.Conflict;
            }

            KnowledgeLog.Seeded(logger, hash, created.Generation);
            return SeedOutcome.Created;
        }

        if (pointer.Source == KnowledgeVersion.ImportSource)
        {
            if (pointer.SeedHash != hash)
            {
                KnowledgeLog.ImportKeptOverNewerSeed(logger, pointer.ContentHash, hash, pointer.SeedHash);
            }

            return SeedOutcome.KeptImport;
        }

        if (pointer.ContentHash == hash)
        {
            KnowledgeLog.SeedUnchanged(logger, hash);
            return SeedOutcome.Unchanged;
        }

        var upgraded = await PublishAsync(slot, shipped, KnowledgeVersion.SeedSource, hash, current, cancellationToken);
        if (upgraded is null)
        {
            return SeedOutcome.Conflict;
        }

        KnowledgeLog.SeedUpgraded(logger, pointer.ContentHash, hash, upgraded.Generation);
        return SeedOutcome.Upgraded;
    }

    /// <summary>Replaces the whole knowledge with validated knowledge; a restart keeps it. Null means another writer won.</summary>
    public Task<KnowledgeVersion?> ImportAsync(KnowledgeBase knowledge, CancellationToken cancellationToken) => ImportAsync(Slot.Original, knowledge, cancellationToken);

    private async Task<KnowledgeVersion?> ImportAsync(Slot slot, KnowledgeBase knowledge, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var hash = KnowledgeJson.ContentHash(knowledge);
        var current = await store.GetAsync(MetaTable, PointerPartition, slot.PointerKey, cancellationToken);
        var version = await PublishAsync(slot, knowledge, KnowledgeVersion.ImportSource, hash, current, cancellationToken);
        if (version is not null)
        {
            KnowledgeLog.Imported(logger, hash, knowledge.Cases.Count, knowledge.Features.Count, version.Generation);
        }

        return version;
    }

    /// <summary>Reads the current knowledge, or null if the store has never been seeded.</summary>
    public Task<StoredKnowledge?> LoadAsync(CancellationToken cancellationToken) => LoadAsync(Slot.Original, cancellationToken);

    private async Task<StoredKnowledge?> LoadAsync(Slot slot, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await store.GetAsync(MetaTable, PointerPartition, slot.PointerKey, cancellationToken);
            if (current is null)
            {
                return null;
            }

            var pointer = Read<Pointer>(current.Data);
            var knowledge = await ReadGenerationAsync(pointer.Key, cancellationToken);
            if (knowledge is not null)
            {
                var version = new KnowledgeVersion(pointer.Generation, pointer.Source, pointer.ContentHash, pointer.UpdatedAt);
                KnowledgeLog.Loaded(logger, version.Generation, version.Source, version.ContentHash);
                return new StoredKnowledge(knowledge, version);
            }

            // The generation was superseded and removed while it was read: read the new one.
            KnowledgeLog.ReadRaced(logger, pointer.Key);
            if (attempt == ReadAttempts)
            {
                throw new InvalidOperationException($"Knowledge generation '{pointer.Key}' is incomplete in the store.");
            }
        }
    }

    /// <summary>The version currently pointed at, without reading the knowledge; for cheap change checks.</summary>
    public Task<KnowledgeVersion?> CurrentVersionAsync(CancellationToken cancellationToken) => CurrentVersionAsync(Slot.Original, cancellationToken);

    private async Task<KnowledgeVersion?> CurrentVersionAsync(Slot slot, CancellationToken cancellationToken)
    {
        var current = await store.GetAsync(MetaTable, PointerPartition, slot.PointerKey, cancellationToken);
        return current is null ? null : ToVersion(Read<Pointer>(current.Data));
    }

    /// <summary>All features of one case in one generation: a single partition query.</summary>
    internal async Task<List<CellRow>> ReadCaseFeaturesAsync(string generation, string caseId, CancellationToken cancellationToken)
    {
        var prefix = generation + ":";
        var cells = new List<CellRow>();
        await foreach (var entity in store.QueryPartitionAsync(FeaturesTable, caseId, cancellationToken))
        {
            if (entity.RowKey.StartsWith(prefix, StringComparison.Ordinal))
            {
                cells.Add(Read<CellRow>(entity.Data));
            }
        }

        return cells;
    }

    private async Task<KnowledgeBase?> ReadGenerationAsync(string generation, CancellationToken cancellationToken)
    {
        var manifestEntity = await store.GetAsync(MetaTable, ManifestPartition, generation, cancellationToken);
        if (manifestEntity is null)
        {
            return null;
        }

        var manifest = Read<Manifest>(manifestEntity.Data);
        var cases = new List<CaseRow>();
        await foreach (var entity in store.QueryPartitionAsync(CasesTable, generation, cancellationToken))
        {
            cases.Add(Read<CaseRow>(entity.Data));
        }

        var cells = new List<CaseFeature>();
        foreach (var caseId in manifest.CaseIds)
        {
            var rows = await ReadCaseFeaturesAsync(generation, caseId, cancellationToken);
            cells.AddRange(rows.OrderBy(r => r.Order).Select(r => new CaseFeature(r.CaseId, r.FeatureId, r.Text, r.Items)));
        }

        var featureIds = manifest.Features.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        cells.RemoveAll(c => !featureIds.Contains(c.FeatureId));
        if (cases.Count != manifest.CaseIds.Count || cells.Count != manifest.CaseIds.Count * manifest.Features.Count)
        {
            return null;
        }

        return new KnowledgeBase(
            cases.OrderBy(c => c.Order).Select(c => new CaseStudy(c.Id, c.Number, c.Name, c.Aliases)).ToList(),
            manifest.Features.Select(f => new Feature(f.Id, f.Title, f.Synonyms)).ToList(),
            cells);
    }

    private async Task<KnowledgeVersion?> PublishAsync(Slot slot, KnowledgeBase knowledge, string source, string hash, StoredEntity? current, CancellationToken cancellationToken)
    {
        var previous = current is null ? null : Read<Pointer>(current.Data);
        var generationNumber = (previous?.Generation ?? 0) + 1;

        // A random suffix keeps two writers racing for the same number from writing into each other's rows.
        var key = string.Create(CultureInfo.InvariantCulture, $"{slot.GenerationPrefix}g{generationNumber:D10}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}");
        await WriteGenerationAsync(key, knowledge, hash, cancellationToken);

        var seedHash = source == KnowledgeVersion.SeedSource ? hash : previous?.SeedHash;
        var pointer = new Pointer(key, generationNumber, source, hash, seedHash, time.GetUtcNow());
        var data = JsonSerializer.Serialize(pointer, Json);
        var flipped = current is null
            ? await store.InsertAsync(MetaTable, PointerPartition, slot.PointerKey, data, cancellationToken)
            : await store.ReplaceAsync(MetaTable, PointerPartition, slot.PointerKey, data, current.ETag, cancellationToken);
        if (!flipped.Succeeded)
        {
            if (source == KnowledgeVersion.SeedSource)
            {
                KnowledgeLog.SeedRaced(logger, generationNumber);
            }
            else
            {
                KnowledgeLog.ImportConflict(logger, generationNumber);
            }

            await DeleteGenerationAsync(key, cancellationToken);
            return null;
        }

        if (previous is not null)
        {
            await DeleteGenerationAsync(previous.Key, cancellationToken);
        }

        return ToVersion(pointer);
    }

    private static KnowledgeVersion ToVersion(Pointer pointer) => new(pointer.Generation, pointer.Source, pointer.ContentHash, pointer.UpdatedAt);

    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Json) ?? throw new InvalidOperationException($"A stored {typeof(T).Name} is empty.");
}
