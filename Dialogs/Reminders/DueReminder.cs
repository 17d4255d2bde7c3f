namespace CoproBot.Dialogs.Reminders;

/// <summary>A stored reminder whose time has come, with the ETag that claiming it must match.</summary>
public sealed record DueReminder(Reminder Reminder, string PartitionKey, string RowKey, string ETag);
