using System.Text.Json;
using CoproBot.Storage.Tables;

namespace CoproBot.Storage.Privacy;

/// <summary>Knows every stored entity that holds one person's data, so "my data" and "forget me" miss nothing.</summary>
/// <remarks>
/// Each feature that stores something about a person names its key here before it writes it. Finding a person's data
/// is then one partition query, in every store, instead of a scan of every table; deleting it is deleting what the
/// index names.
/// <para>
/// Nothing here is remembered in memory. A process that believed "this is named already" would be wrong as soon as
/// another instance forgot the person, and would then write their data without naming it, out of reach of their next
/// "forget me". Naming is an insert-if-absent, one call that is right whatever any instance did before; the callers on
/// every turn skip it through a mark kept in the person's own state row, which a forget deletes with everything else
/// (see <c>PersonalDataRecorder</c>).
/// </para>
/// </remarks>
public sealed class PersonalDataIndex(ITableStore store)
{
    public const string Table = "personidx";

    public static string PersonKey(string channelId, string userId) => channelId + "|" + userId;

    /// <summary>Notes that <paramref name="table"/>/<paramref name="partitionKey"/>/<paramref name="rowKey"/> holds the person's data; call it before writing the entity.</summary>
    public async Task RecordAsync(string person, string table, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        var entry = Entry(table, partitionKey, rowKey);

        // Already named is as good as named now: the entry holds nothing but its key.
        await store.InsertAsync(Table, person, entry, entry, cancellationToken);
    }

    /// <summary>Forgets that an entity held the person's data, when it holds someone else's or nothing will write it again.</summary>
    public Task RemoveAsync(string person, string table, string partitionKey, string rowKey, CancellationToken cancellationToken) =>
        store.DeleteAsync(Table, person, Entry(table, partitionKey, rowKey), null, cancellationToken);

    /// <summary>Forgets that an entity held the person's data, once the caller has deleted it, unless it has been written again meanwhile.</summary>
    /// <remarks>
    /// Another instance may write the same key again at any moment (a new reminder in the same conversation): it named
    /// the entity before writing, perhaps just before this removal took the name away. So the entity is looked for after
    /// the name is gone, and named again if it is there. A writer that can meet this also names its entity again after
    /// writing it (<see cref="RecordAsync"/> is idempotent), which closes the other order.
    /// </remarks>
    public async Task RemoveDeletedAsync(string person, string table, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        await RemoveAsync(person, table, partitionKey, rowKey, cancellationToken);
        if (await store.GetAsync(table, partitionKey, rowKey, cancellationToken) is not null)
        {
            await RecordAsync(person, table, partitionKey, rowKey, cancellationToken);
        }
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
        var rows = new List<(StoredEntity Row, IndexEntry Entry)>();
        await foreach (var row in store.QueryPartitionAsync(Table, person, cancellationToken))
        {
            rows.Add((row, JsonSerializer.Deserialize<IndexEntry>(row.Data)!));
        }

        // The person's state rows go first: they carry the mark that says what a conversation's turns have already
        // named, so a forget interrupted after them leaves turns that name everything again, never a mark that
        // vouches for names already deleted.
        var deleted = 0;
        foreach (var (row, entry) in rows.OrderBy(r => r.Entry.Table == StateTable.Name ? 0 : 1))
        {
            if ((await store.DeleteAsync(entry.Table, entry.PartitionKey, entry.RowKey, null, cancellationToken)).Succeeded)
            {
                deleted++;
            }

            // The index row goes only after what it names, so an interrupted forget can simply be run again.
            await store.DeleteAsync(Table, person, row.RowKey, null, cancellationToken);
        }

        return deleted;
    }

    private static string Entry(string table, string partitionKey, string rowKey) => JsonSerializer.Serialize(new IndexEntry(table, partitionKey, rowKey));

    private sealed record IndexEntry(string Table, string PartitionKey, string RowKey);
}
