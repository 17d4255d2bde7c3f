using CoproBot.Bot.Conversation;
using CoproBot.Bot.Proactive;
using CoproBot.Bot.State;
using CoproBot.Dialogs.Group;
using CoproBot.Dialogs.Languages;
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
    // The sections by their titles, in the order they are read.
    public static readonly Phrase CompletedReflections = Phrase.ExportCompletedReflections;
    public static readonly Phrase ReflectionsInProgress = Phrase.ExportInProgress;
    public static readonly Phrase Reminders = Phrase.ExportReminders;
    public static readonly Phrase GroupSessions = Phrase.ExportGroupSessions;
    public static readonly Phrase Reach = Phrase.ExportReach;
    public static readonly Phrase Progress = Phrase.ExportProgress;
    public static readonly Phrase Other = Phrase.ExportOther;
    public static readonly Phrase Unknown = Phrase.ExportUnknown;

    private static readonly (Phrase Title, Phrase About)[] Order =
    [
        (CompletedReflections, Phrase.ExportCompletedReflectionsAbout),
        (ReflectionsInProgress, Phrase.ExportInProgressAbout),
        (Reminders, Phrase.ExportRemindersAbout),
        (GroupSessions, Phrase.ExportGroupSessionsAbout),
        (Reach, Phrase.ExportReachAbout),
        (Progress, Phrase.ExportProgressAbout),
        (Other, Phrase.ExportOtherAbout),
        (Unknown, Phrase.ExportUnknownAbout),
    ];

    /// <summary>Everything kept about the person, in <paramref name="say"/>: their language, as the rest of the turn.</summary>
    public async Task<ExportDocument> BuildAsync(string channelId, string userId, Language say, CancellationToken cancellationToken)
    {
        var records = await index.FindAsync(PersonalDataIndex.PersonKey(channelId, userId), cancellationToken);
        var sections = new Dictionary<Phrase, List<ExportItem>>();
        void Add(Phrase section, ExportItem item) => (sections.TryGetValue(section, out var list) ? list : sections[section] = []).Add(item);

        var kb = knowledge.Current.Knowledge;
        foreach (var record in records.Where(r => !GroupRecords.Tables.Contains(r.Table)))
        {
            var entity = record.Entity;
            try
            {
                switch (record.Table)
                {
                    case ReflectionArchive.Table:
                        Add(CompletedReflections, ReflectionRecords.Completed(say, entity.Data));
                        break;
                    case ReminderBook.Table:
                        Add(Reminders, ReflectionRecords.Reminder(say, entity.Data));
                        break;
                    case ReminderBook.DueTable:
                        Add(Reminders, ReflectionRecords.DueEntry(say, entity.Data));
                        break;
                    case TableBotStorage.Table:
                        var state = JObject.Parse(entity.Data);
                        if (state[ConversationRecords.DialogStateProperty] is { } dialogs
                            && ReflectionRecords.InProgress(say, dialogs, kb, ConversationRecords.WhereOf(say, entity.PartitionKey)) is { } reflection)
                        {
                            Add(ReflectionsInProgress, reflection);
                        }

                        Add(Progress, ConversationRecords.Progress(say, entity.PartitionKey, state, kb));
                        break;
                    case ConversationReferenceStore.Table:
                        Add(Reach, ConversationRecords.Reference(say, entity.Data));
                        break;
                    case WelcomeLedger.Table:
                        Add(Other, ConversationRecords.Welcome(say, entity.PartitionKey, entity.RowKey, entity.Data));
                        break;
                    case PrivacyConversation.PendingTable:
                        Add(Other, ConversationRecords.ForgetRequest(say, entity.Data));
                        break;
                    default:
                        Add(Unknown, Raw(say, record));
                        break;
                }
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or Newtonsoft.Json.JsonException or FormatException or InvalidOperationException or ArgumentException)
            {
                Add(Unknown, Raw(say, record));
            }
        }

        var inGroups = await groups.DescribeAsync(say, records.Where(r => GroupRecords.Tables.Contains(r.Table)), userId, cancellationToken);
        var led = await sessions.CountLedAsync(channelId, userId, cancellationToken);
        if (led > 0)
        {
            inGroups.Add(new ExportItem(say[Phrase.ExportSessionsLed], [new(say[Phrase.ExportHowMany], say.Format(Phrase.ExportSessionsLedCount, led))]));
        }

        sections[GroupSessions] = inGroups;
        return new ExportDocument(time.GetUtcNow(), [.. Ordered(say, sections)], say);
    }

    private static IEnumerable<ExportSection> Ordered(Language say, Dictionary<Phrase, List<ExportItem>> sections)
    {
        foreach (var (title, about) in Order)
        {
            if (sections.TryGetValue(title, out var items) && items.Count > 0)
            {
                yield return new ExportSection(say[title], say[about], items);
            }
        }
    }

    private static ExportItem Raw(Language say, PersonalRecord record) => new(
        say.Format(Phrase.ExportRawRecord, record.Table),
        [new(say[Phrase.ExportKey], $"{record.Entity.PartitionKey} / {record.Entity.RowKey}")])
    {
        Data = NestedJson.Parse(record.Entity.Data),
    };
}
