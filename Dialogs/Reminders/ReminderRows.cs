using System.Text.Json;
using System.Text.Json.Nodes;
using CoproBot.Storage.Privacy;

namespace CoproBot.Dialogs.Reminders;

/// <summary>How a reminder is written: its row in <see cref="ReminderBook.Table"/> and its entry in the due index.</summary>
internal static class ReminderRows
{
    private const string FiledUnder = "DueMinute";

    public static string Person(Reminder reminder) => PersonalDataIndex.PersonKey(reminder.ChannelId, reminder.UserId);

    /// <summary>The entry's row key within its minute: one per person per conversation, as in the reminders table.</summary>
    public static string EntryKey(string person, string conversationId) => person + "\n" + conversationId;

    /// <summary>The reminder's own row also says which minute it is filed under, so replacing or withdrawing it finds the entry.</summary>
    public static string Row(Reminder reminder, string minute)
    {
        var node = JsonSerializer.SerializeToNode(reminder)!.AsObject();
        node[FiledUnder] = minute;
        return node.ToJsonString();
    }

    public static string Entry(Reminder reminder) => JsonSerializer.Serialize(reminder);

    public static Reminder Read(string data) => JsonSerializer.Deserialize<Reminder>(data)!;

    /// <summary>The minute a stored row is filed under; rows written before the due index existed are filed by their due time.</summary>
    public static string MinuteOf(string data) => FiledMinute(data) ?? DueMinute.Of(Read(data).Due);

    /// <summary>The minute the row says it is filed under, or null for a row written by a version without the due index.</summary>
    public static string? FiledMinute(string data) => JsonNode.Parse(data)?[FiledUnder]?.GetValue<string>();
}
