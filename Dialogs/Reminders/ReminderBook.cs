using System.Text.Json;
using CoproBot.Storage.Privacy;
using CoproBot.Storage.Tables;

namespace CoproBot.Dialogs.Reminders;

/// <summary>Stored reminders: at most one per person per conversation, named in the personal data index, each sent once.</summary>
/// <remarks>
/// A reminder is claimed by deleting it with the ETag it was read with before anything is sent: of two instances
/// that see it due, only one delete succeeds, so it is never sent twice (a crash between claim and send loses it instead).
/// </remarks>
public sealed class ReminderBook(ITableStore store, PersonalDataIndex index)
{
    public const string Table = "reminders";

    public async Task SetAsync(Reminder reminder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        var person = PersonalDataIndex.PersonKey(reminder.ChannelId, reminder.UserId);
        await store.UpsertAsync(Table, person, reminder.ConversationId, JsonSerializer.Serialize(reminder), cancellationToken);
        await index.RecordAsync(person, Table, person, reminder.ConversationId, cancellationToken);
    }

    public async Task WithdrawAsync(string channelId, string conversationId, string userId, CancellationToken cancellationToken) =>
        await store.DeleteAsync(Table, PersonalDataIndex.PersonKey(channelId, userId), conversationId, null, cancellationToken);

    public async Task<IReadOnlyList<DueReminder>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = new List<DueReminder>();
        await foreach (var row in store.QueryTableAsync(Table, cancellationToken))
        {
            if (JsonSerializer.Deserialize<Reminder>(row.Data) is { } reminder && reminder.Due <= now)
            {
                due.Add(new DueReminder(reminder, row.PartitionKey, row.RowKey, row.ETag));
            }
        }

        return [.. due.OrderBy(d => d.Reminder.Due)];
    }

    /// <summary>Takes the reminder out of the store; true only for the one caller that should send it.</summary>
    public async Task<bool> ClaimAsync(DueReminder due, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(due);
        return (await store.DeleteAsync(Table, due.PartitionKey, due.RowKey, due.ETag, cancellationToken)).Succeeded;
    }
}
