using System.Text.Json;
using CoproBot.Storage.Privacy;
using CoproBot.Storage.Tables;

namespace CoproBot.Dialogs.Reminders;

/// <summary>The oldest minute of the due index that may still hold an entry, shared by every instance through the store.</summary>
/// <remarks>
/// Rows of the reminders table written by a version without the due index carry no minute. On its first sweep each
/// process reads the table once and files those under their due minute (marking the row so it is filed only once),
/// and moves the cursor back to the oldest of them: so reminders stored before an upgrade, or set by an older instance
/// running alongside or after a rollback, are still sent. Every later sweep reads only the cursor and the index.
/// </remarks>
internal sealed class SweepCursor(ITableStore store, PersonalDataIndex index)
{
    private const string Partition = "cursor";
    private const string Row = "oldest";
    private bool _filedThisProcess;

    /// <summary>The cursor's minute and the ETag to move it with; a new cursor starts at <paramref name="settled"/>.</summary>
    public async Task<(string Oldest, string ETag)> ReadAsync(string settled, CancellationToken cancellationToken)
    {
        var filedFrom = _filedThisProcess ? null : await FileUnindexedAsync(cancellationToken);
        _filedThisProcess = true;
        while (true)
        {
            var stored = await store.GetAsync(ReminderBook.SweepTable, Partition, Row, cancellationToken);
            if (stored is null)
            {
                var created = await store.InsertAsync(ReminderBook.SweepTable, Partition, Row, Serialize(DueMinute.Earlier(filedFrom ?? settled, settled)), cancellationToken);
                if (created.Succeeded)
                {
                    return (DueMinute.Earlier(filedFrom ?? settled, settled), created.ETag!);
                }

                continue;
            }

            var oldest = JsonSerializer.Deserialize<CursorRow>(stored.Data)!.Oldest;
            if (filedFrom is not null && DueMinute.IsBefore(filedFrom, oldest))
            {
                var moved = await store.ReplaceAsync(ReminderBook.SweepTable, Partition, Row, Serialize(filedFrom), stored.ETag, cancellationToken);
                if (moved.Succeeded)
                {
                    return (filedFrom, moved.ETag!);
                }

                // Another instance moved the cursor meanwhile: read it again and move it back if still needed.
                continue;
            }

            return (oldest, stored.ETag);
        }
    }

    /// <summary>Moves the cursor on; losing to another instance's move is fine, since both only move it past empty minutes.</summary>
    public Task MoveAsync(string to, string etag, CancellationToken cancellationToken) =>
        store.ReplaceAsync(ReminderBook.SweepTable, Partition, Row, Serialize(to), etag, cancellationToken);

    /// <summary>Files the rows that carry no minute; returns the oldest minute filed, or null when there were none.</summary>
    private async Task<string?> FileUnindexedAsync(CancellationToken cancellationToken)
    {
        string? oldest = null;
        await foreach (var row in store.QueryTableAsync(ReminderBook.Table, cancellationToken))
        {
            if (ReminderRows.FiledMinute(row.Data) is not null)
            {
                continue;
            }

            var reminder = ReminderRows.Read(row.Data);
            var minute = DueMinute.Of(reminder.Due);
            var entryKey = ReminderRows.EntryKey(row.PartitionKey, row.RowKey);
            await index.RecordAsync(row.PartitionKey, ReminderBook.DueTable, minute, entryKey, cancellationToken);
            // Upsert: an entry in this minute left by an earlier filing of the same row may hold what the row held then.
            await store.UpsertAsync(ReminderBook.DueTable, minute, entryKey, ReminderRows.Entry(reminder), cancellationToken);

            // Marked only if unchanged since read: a reminder replaced or claimed meanwhile is left to what replaced it.
            await store.ReplaceAsync(ReminderBook.Table, row.PartitionKey, row.RowKey, ReminderRows.Row(reminder, minute), row.ETag, cancellationToken);
            oldest = oldest is null ? minute : DueMinute.Earlier(oldest, minute);
        }

        return oldest;
    }

    private static string Serialize(string oldest) => JsonSerializer.Serialize(new CursorRow(oldest));

    private sealed record CursorRow(string Oldest);
}
