using System.Text.Json;
using CoproBot.Knowledge.Model;
using static CoproBot.Knowledge.Store.KnowledgeRows;

namespace CoproBot.Knowledge.Store;

/// <summary>Writing a generation of the knowledge, and deleting one no longer pointed to.</summary>
public sealed partial class KnowledgeStore
{
    private async Task WriteGenerationAsync(string generation, KnowledgeBase knowledge, string hash, CancellationToken cancellationToken)
    {
        for (var i = 0; i < knowledge.Cases.Count; i++)
        {
            var c = knowledge.Cases[i];
            await store.UpsertAsync(CasesTable, generation, c.Id, JsonSerializer.Serialize(new CaseRow(c.Id, i, c.Number, c.Name, [.. c.Aliases]), Json), cancellationToken);
            var order = 0;
            foreach (var feature in knowledge.Features)
            {
                var cell = knowledge.Cell(c.Id, feature.Id);
                var row = new CellRow(c.Id, feature.Id, order++, cell.Text, [.. cell.Items]);
                await store.UpsertAsync(FeaturesTable, c.Id, FeatureRowKey(generation, feature.Id), JsonSerializer.Serialize(row, Json), cancellationToken);
            }
        }

        // The manifest goes last: without it a generation is never read.
        var manifest = new Manifest(hash, knowledge.Cases.Select(c => c.Id).ToList(), knowledge.Features.Select(f => new FeatureRow(f.Id, f.Title, [.. f.Synonyms])).ToList());
        await store.UpsertAsync(MetaTable, ManifestPartition, generation, JsonSerializer.Serialize(manifest, Json), cancellationToken);
    }

    private async Task DeleteGenerationAsync(string generation, CancellationToken cancellationToken)
    {
        try
        {
            var manifestEntity = await store.GetAsync(MetaTable, ManifestPartition, generation, cancellationToken);
            await store.DeleteAsync(MetaTable, ManifestPartition, generation, null, cancellationToken);
            var caseIds = new List<string>();
            await foreach (var entity in store.QueryPartitionAsync(CasesTable, generation, cancellationToken))
            {
                caseIds.Add(entity.RowKey);
                await store.DeleteAsync(CasesTable, generation, entity.RowKey, null, cancellationToken);
            }

            caseIds.AddRange(manifestEntity is null ? [] : Read<Manifest>(manifestEntity.Data).CaseIds);
            foreach (var caseId in caseIds.Distinct(StringComparer.Ordinal))
            {
                var keys = new List<string>();
                await foreach (var entity in store.QueryPartitionAsync(FeaturesTable, caseId, cancellationToken))
                {
                    if (entity.RowKey.StartsWith(generation + ":", StringComparison.Ordinal))
                    {
                        keys.Add(entity.RowKey);
                    }
                }

                foreach (var rowKey in keys)
                {
                    await store.DeleteAsync(FeaturesTable, caseId, rowKey, null, cancellationToken);
                }
            }
        }
#pragma warning disable CA1031 // The new knowledge is already published; leftover rows are unread and must not fail the write.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            KnowledgeLog.CleanupFailed(logger, e, generation);
        }
    }
}
