using System.Collections.Concurrent;
using System.Text.Json;
using CoproBot.Storage.Tables;

namespace CoproBot.Storage.Privacy;

/// <summary>Knows every stored entity that holds one person's data, so "my data" and "forget me" miss nothing.</summary>
/// <remarks>
/// Each feature that stores something about a person records its key here once. Finding a person's data is then one
/// partition query, in every store, instead of a scan of every table; deleting it is deleting what the index names.
/// </remarks>
public sealed class PersonalDataIndex(ITableStore store)
{
    public const string Table = "personidx";

    private readonly ConcurrentDictionary<string, byte> _recorded = new(StringComparer.Ordinal);

    public static string PersonKey(string channelId, string userId) => channelId + "|" + userId;

    /// <summary>Notes that <paramref name="table"/>/<paramref name="partitionKey"/>/<paramref name="rowKey"/> holds the person's data.</summary>
    public async Task RecordAsync(string person, string table, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        var entry = JsonSerializer.Serialize(new IndexEntry(table, partitionKey, rowKey));
        if (_recorded.ContainsKey(person + "\n" + entry))
        {
            return;
        }

        var result = await store.InsertAsync(Table, person, entry, entry, cancellationToken);
        if (result.Status is WriteStatus.Ok or WriteStatus.Conflict)
        {
            _recorded.TryAdd(person + "\n" + entry, 0);
        }
    }

    /// <summary>Forgets that an entity held the person's data, once the caller has deleted it and will not write it again.</summary>
    public async Task RemoveAsync(string person, string table, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        var entry = JsonSerializer.Serialize(new IndexEntry(table, partitionKey, rowKey));
        await store.DeleteAsync(Table, person, entry, null, cancellationToken);
        _recorded.TryRemove(person + "\n" + entry, out _);
    }

    /// <summary>Everything stored about the person that still exists, grouped by table.</summary>
    public async Task<IReadOnlyList<PersonalRecord>> FindAsync(string person, CancellationToken cancellationToken)
    {
        var records = new List<PersonalRecord>();
        await foreach (var row in store.QueryPartitionAsync(Table, person, cancellationToken))
        {
            var entry = JsonSerializer.Deserialize<IndexEntry>(row.Data)!;
            var entity = await store.GetAsync(entry.Table, entry.PartitionKey, entry.RowKey, cancellationToken);
            if (entity is not null)
            {
                records.Add(new PersonalRecord(entry.Table, entity));
            }
        }

        return records;
    }

    /// <summary>Deletes everything the index names for the person, then the index itself. Returns how many entities went.</summary>
    public async Task<int> ForgetAsync(string person, CancellationToken cancellationToken)
    {
        var deleted = 0;
        var rows = new List<StoredEntity>();
        await foreach (var row in store.QueryPartitionAsync(Table, person, cancellationToken))
        {
            rows.Add(row);
        }

        foreach (var row in rows)
        {
            var entry = JsonSerializer.Deserialize<IndexEntry>(row.Data)!;
            if ((await store.DeleteAsync(entry.Table, entry.PartitionKey, entry.RowKey, null, cancellationToken)).Succeeded)
            {
                deleted++;
            }

            // The index row goes only after what it names, so an interrupted forget can simply be run again.
            await store.DeleteAsync(Table, person, row.RowKey, null, cancellationToken);
            _recorded.TryRemove(person + "\n" + row.RowKey, out _);
        }

        return deleted;
    }

    private sealed record IndexEntry(string Table, string PartitionKey, string RowKey);
}
