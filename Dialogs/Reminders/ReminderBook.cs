using CoproBot.Storage.Privacy;
using CoproBot.Storage.Tables;

namespace CoproBot.Dialogs.Reminders;

/// <summary>Stored reminders: at most one per person per conversation, named in the personal data index, each sent once.</summary>
/// <remarks>
/// Each reminder is a row in <see cref="Table"/> (the truth: one per person per conversation) and an entry in
/// <see cref="DueTable"/> filed under the minute it falls due, so a sweep reads only the minutes up to now, from the
/// oldest one not yet emptied (kept in <see cref="SweepTable"/>), and never the reminders that are not due.
/// A reminder is claimed by deleting its entry with the ETag it was read with before anything is sent: of two
/// instances that see it due, only one delete succeeds, so it is never sent twice (a crash between claim and send
/// loses it instead). An entry left behind by a replaced or withdrawn reminder no longer matches the row, and is dropped.
/// </remarks>
public sealed class ReminderBook(ITableStore store, PersonalDataIndex index, TimeProvider time)
{
    public const string Table = "reminders";
    public const string DueTable = "reminderdue";
    public const string SweepTable = "remindersweep";

    /// <summary>How far behind now the cursor stays: a reminder filed under the current minute by an instance whose
    /// clock is a little behind, or whose write is still on its way, lands in a minute the sweep still reads.</summary>
    public static readonly TimeSpan CursorLag = TimeSpan.FromMinutes(5);

    /// <summary>The most minutes one sweep walks, so catching up after a long outage is spread over several sweeps.</summary>
    public const int MaxMinutesPerSweep = 1_440;

    private readonly SweepCursor _cursor = new(store, index);

    public async Task SetAsync(Reminder reminder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        var person = ReminderRows.Person(reminder);
        var entryKey = ReminderRows.EntryKey(person, reminder.ConversationId);
        var previous = await store.GetAsync(Table, person, reminder.ConversationId, cancellationToken);

        // Never filed under a minute already past, which the cursor may have left behind.
        var now = time.GetUtcNow();
        var minute = DueMinute.Of(reminder.Due > now ? reminder.Due : now);

        // Named in the index before written, and the entry before the row: an interruption leaves nothing unnamed,
        // and at worst an entry that does not match its row, which the sweep drops.
        await index.RecordAsync(person, DueTable, minute, entryKey, cancellationToken);
        await index.RecordAsync(person, Table, person, reminder.ConversationId, cancellationToken);
        await store.UpsertAsync(DueTable, minute, entryKey, ReminderRows.Entry(reminder), cancellationToken);
        await store.UpsertAsync(Table, person, reminder.ConversationId, ReminderRows.Row(reminder, minute), cancellationToken);

        // The same keys may be being claimed or withdrawn right now (an earlier reminder of this conversation, sent by
        // another instance), which takes their names away: named again once written, so this reminder keeps them.
        await index.RecordAsync(person, DueTable, minute, entryKey, cancellationToken);
        await index.RecordAsync(person, Table, person, reminder.ConversationId, cancellationToken);
        if (previous is not null && ReminderRows.MinuteOf(previous.Data) is var earlier && earlier != minute)
        {
            await RemoveEntryAsync(person, earlier, entryKey, cancellationToken);
        }
    }

    public async Task WithdrawAsync(string channelId, string conversationId, string userId, CancellationToken cancellationToken)
    {
        var person = PersonalDataIndex.PersonKey(channelId, userId);
        var stored = await store.GetAsync(Table, person, conversationId, cancellationToken);
        if (stored is null)
        {
            return;
        }

        // The row goes first: an entry left by an interruption no longer matches anything and is dropped when due.
        await store.DeleteAsync(Table, person, conversationId, null, cancellationToken);
        await index.RemoveDeletedAsync(person, Table, person, conversationId, cancellationToken);
        await RemoveEntryAsync(person, ReminderRows.MinuteOf(stored.Data), ReminderRows.EntryKey(person, conversationId), cancellationToken);
    }

    /// <summary>The reminders due at <paramref name="now"/>, oldest first, read from the due index's minutes up to now.</summary>
    public async Task<IReadOnlyList<DueReminder>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settled = DueMinute.Of(now - CursorLag);
        var (oldest, etag) = await _cursor.ReadAsync(settled, cancellationToken);
        var last = DueMinute.Start(DueMinute.Of(now));
        var due = new List<DueReminder>();
        string? firstHeld = null;
        var minute = DueMinute.Start(oldest);
        var walked = 0;
        while (minute <= last && walked < MaxMinutesPerSweep)
        {
            var key = DueMinute.Of(minute);
            await foreach (var row in store.QueryPartitionAsync(DueTable, key, cancellationToken))
            {
                firstHeld ??= key;
                var reminder = ReminderRows.Read(row.Data);
                if (reminder.Due <= now)
                {
                    due.Add(new DueReminder(reminder, key, row.RowKey, row.ETag));
                }
            }

            walked++;
            if (minute == last)
            {
                break;
            }

            minute = minute.AddMinutes(1);
        }

        // The cursor passes only minutes read empty (those claimed now are read empty next time) and never the settled minute.
        var next = DueMinute.Earlier(firstHeld ?? DueMinute.Of(minute), settled);
        if (DueMinute.IsBefore(oldest, next))
        {
            await _cursor.MoveAsync(next, etag, cancellationToken);
        }

        return [.. due.OrderBy(d => d.Reminder.Due)];
    }

    /// <summary>Takes the reminder out of the store; true only for the one caller that should send it.</summary>
    public async Task<bool> ClaimAsync(DueReminder due, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(due);
        if (!(await store.DeleteAsync(DueTable, due.PartitionKey, due.RowKey, due.ETag, cancellationToken)).Succeeded)
        {
            return false;
        }

        // Once sent, a reminder is no longer kept, so neither is its name in the person's index.
        var reminder = due.Reminder;
        var person = ReminderRows.Person(reminder);
        await index.RemoveDeletedAsync(person, DueTable, due.PartitionKey, due.RowKey, cancellationToken);

        // Only the reminder the row still holds is sent: one replaced or withdrawn since this entry was filed is not.
        var row = await store.GetAsync(Table, person, reminder.ConversationId, cancellationToken);
        if (row is null || ReminderRows.Read(row.Data) != reminder
            || !(await store.DeleteAsync(Table, row.PartitionKey, row.RowKey, row.ETag, cancellationToken)).Succeeded)
        {
            return false;
        }

        await index.RemoveDeletedAsync(person, Table, person, reminder.ConversationId, cancellationToken);
        return true;
    }

    private async Task RemoveEntryAsync(string person, string minute, string entryKey, CancellationToken cancellationToken)
    {
        await store.DeleteAsync(DueTable, minute, entryKey, null, cancellationToken);
        await index.RemoveDeletedAsync(person, DueTable, minute, entryKey, cancellationToken);
    }
}
