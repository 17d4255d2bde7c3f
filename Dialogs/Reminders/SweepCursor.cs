using System.Text.Json;
using CoproBot.Storage.Privacy;
using CoproBot.Storage.Tables;

namespace CoproBot.Dialogs.Reminders;

/// <summary>The oldest minute of the due index that may still hold an entry, shared by every instance through the store.</summary>
/// <remarks>
/// Its absence means the due index has never been built: the first sweep files every reminder already stored (those
/// written before the index existed) under its minute, once, and starts the cursor at the oldest of them.
/// </remarks>
internal sealed class SweepCursor(ITableStore store, PersonalDataIndex index)
{
    private const string Partition = "cursor";
    private const string Row = "oldest";

    /// <summary>The cursor's minute and the ETag to move it with.</summary>
    public async Task<(string Oldest, string ETag)> ReadAsync(string settled, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (await store.GetAsync(ReminderBook.SweepTable, Partition, Row, cancellationToken) is { } stored)
            {
                return (JsonSerializer.Deserialize<CursorRow>(stored.Data)!.Oldest, stored.ETag);
            }

            var oldest = await FileStoredRemindersAsync(settled, cancellationToken);
            var created = await store.InsertAsync(ReminderBook.SweepTable, Partition, Row, Serialize(oldest), cancellationToken);
            if (created.Succeeded)
            {
                return (oldest, created.ETag!);
            }

            // Another instance built the index at the same moment: its cursor is read on the next pass.
        }
    }

    /// <summary>Moves the cursor on; losing to another instance's move is fine, since both only move it past empty minutes.</summary>
    public Task MoveAsync(string to, string etag, CancellationToken cancellationToken) =>
        store.ReplaceAsync(ReminderBook.SweepTable, Partition, Row, Serialize(to), etag, cancellationToken);

    private async Task<string> FileStoredRemindersAsync(string settled, CancellationToken cancellationToken)
    {
        var oldest = settled;
        await foreach (var row in store.QueryTableAsync(ReminderBook.Table, cancellationToken))
        {
            var minute = ReminderRows.MinuteOf(row.Data);
            var entryKey = ReminderRows.EntryKey(row.PartitionKey, row.RowKey);
            await index.RecordAsync(row.PartitionKey, ReminderBook.DueTable, minute, entryKey, cancellationToken);

            // Insert, not upsert: an entry already filed (or claimed meanwhile by another instance) is left as it is.
            await store.InsertAsync(ReminderBook.DueTable, minute, entryKey, ReminderRows.Entry(ReminderRows.Read(row.Data)), cancellationToken);
            oldest = DueMinute.Earlier(oldest, minute);
        }

        return oldest;
    }

    private static string Serialize(string oldest) => JsonSerializer.Serialize(new CursorRow(oldest));

    private sealed record CursorRow(string Oldest);
}
