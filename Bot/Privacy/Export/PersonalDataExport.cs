using CoproBot.Bot.Conversation;
using CoproBot.Bot.Proactive;
using CoproBot.Bot.State;
using CoproBot.Dialogs.Group;
using CoproBot.Dialogs.Reflection;
using CoproBot.Dialogs.Reminders;
using CoproBot.Knowledge.Catalog;
using CoproBot.Storage.Privacy;
using Newtonsoft.Json.Linq;

namespace CoproBot.Bot.Privacy.Export;

/// <summary>Gathers everything the personal data index names for one person into a document in plain words.</summary>
/// <remarks>
/// Each kind of record the index can name has its own description. A record of a kind not known here, or one that
/// cannot be read as its kind, is still exported, as its data with any JSON inside strings opened up: the person must
/// get everything, even what has no plain words yet.
/// </remarks>
public sealed class PersonalDataExport(PersonalDataIndex index, GroupRecords groups, SessionPrivacy sessions, KnowledgeCatalog knowledge, TimeProvider time)
{
    public const string CompletedReflections = "Completed reflections";
    public const string ReflectionsInProgress = "Reflection in progress";
    public const string Reminders = "Reminders";
    public const string GroupSessions = "Group sessions";
    public const string Reach = "How I can reach you";
    public const string Progress = "Where our conversations stand";
    public const string Other = "Other things I keep";
    public const string Unknown = "Other records";

    public async Task<ExportDocument> BuildAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var records = await index.FindAsync(PersonalDataIndex.PersonKey(channelId, userId), cancellationToken);
        var sections = new Dictionary<string, List<ExportItem>>(StringComparer.Ordinal);
        void Add(string section, ExportItem item) => (sections.TryGetValue(section, out var list) ? list : sections[section] = []).Add(item);

        var kb = knowledge.Current.Knowledge;
        foreach (var record in records.Where(r => !GroupRecords.Tables.Contains(r.Table)))
        {
            var entity = record.Entity;
            try
            {
                switch (record.Table)
                {
                    case ReflectionArchive.Table:
                        Add(CompletedReflections, ReflectionRecords.Completed(entity.Data));
                        break;
                    case ReminderBook.Table:
                        Add(Reminders, ReflectionRecords.Reminder(entity.Data));
                        break;
                    case ReminderBook.DueTable:
                        Add(Reminders, ReflectionRecords.DueEntry(entity.Data));
                        break;
                    case TableBotStorage.Table:
                        var state = JObject.Parse(entity.Data);
                        if (state[ConversationRecords.DialogStateProperty] is { } dialogs
                            && ReflectionRecords.InProgress(dialogs, kb, ConversationRecords.WhereOf(entity.PartitionKey)) is { } reflection)
                        {
                            Add(ReflectionsInProgress, reflection);
                        }

                        Add(Progress, ConversationRecords.Progress(entity.PartitionKey, state, kb));
                        break;
                    case ConversationReferenceStore.Table:
                        Add(Reach, ConversationRecords.Reference(entity.Data));
                        break;
                    case WelcomeLedger.Table:
                        Add(Other, ConversationRecords.Welcome(entity.PartitionKey, entity.RowKey, entity.Data));
                        break;
                    case PrivacyConversation.PendingTable:
                        Add(Other, ConversationRecords.ForgetRequest(entity.Data));
                        break;
                    default:
                        Add(Unknown, Raw(record));
                        break;
                }
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or Newtonsoft.Json.JsonException or FormatException or InvalidOperationException or ArgumentException)
            {
                Add(Unknown, Raw(record));
            }
        }

        var inGroups = await groups.DescribeAsync(records.Where(r => GroupRecords.Tables.Contains(r.Table)), userId, cancellationToken);
        var led = await sessions.CountLedAsync(channelId, userId, cancellationToken);
        if (led > 0)
        {
            inGroups.Add(new ExportItem("Sessions you lead", [new("How many", $"{led} in this channel (your id, and your name unless the session is anonymous, so the group knows who facilitates)")]));
        }

        sections[GroupSessions] = inGroups;
        return new ExportDocument(time.GetUtcNow(), [.. Ordered(sections)]);
    }

    private static IEnumerable<ExportSection> Ordered(Dictionary<string, List<ExportItem>> sections)
    {
        (string Title, string About)[] order =
        [
            (CompletedReflections, "Each reflection you finished, with the summary you were given: your answers to the guiding questions and your rating and note for each principle."),
            (ReflectionsInProgress, "A reflection you have started and not finished, kept so you can carry on where you left off."),
            (Reminders, "When I promised to remind you to continue a reflection."),
            (GroupSessions, "What you gave in group sessions: your own contributions, ratings and parked topics, and the sessions you took part in or lead."),
            (Reach, "What I keep so I can write to you later, for reminders: the channel and the ids of our conversation, never your messages."),
            (Progress, "What each of our conversations remembers between messages, so the next one follows on."),
            (Other, "Small records that keep me from repeating myself or that wait for your answer."),
            (Unknown, "Records I have no plain words for yet, shown as data so nothing is left out."),
        ];
        foreach (var (title, about) in order)
        {
            if (sections.TryGetValue(title, out var items) && items.Count > 0)
            {
                yield return new ExportSection(title, about, items);
            }
        }
    }

    private static ExportItem Raw(PersonalRecord record) => new(
        $"A record in the table {record.Table}",
        [new("Key", $"{record.Entity.PartitionKey} / {record.Entity.RowKey}")])
    {
        Data = NestedJson.Parse(record.Entity.Data),
    };
}
