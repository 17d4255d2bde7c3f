using CoproBot.Dialogs.Group;
using CoproBot.Dialogs.Languages;
using CoproBot.Storage.Privacy;
using CoproBot.Storage.Tables;

namespace CoproBot.Bot.Privacy.Export;

/// <summary>Puts what a person gave in group sessions into plain words: their own words and ratings, never anyone else's.</summary>
/// <remarks>
/// A session is named by its case and start; the facilitator's and other participants' names are left out, and a topic
/// someone else parked is described without its words, because those words are theirs to export, not this person's.
/// </remarks>
public sealed class GroupRecords(GroupSessionStore sessions, ITableStore store)
{
    public static readonly string[] Tables =
        [GroupSessionStore.ContributionTable, GroupSessionStore.ParticipantTable, GroupSessionStore.ParkingTable, GroupSessionStore.OwnerTable];

    private static readonly string[] ReadingOrder =
        [GroupSessionStore.ParticipantTable, GroupSessionStore.ContributionTable, GroupSessionStore.ParkingTable, GroupSessionStore.OwnerTable];

    /// <summary>One item per session the records belong to, in the order the sessions started.</summary>
    public async Task<List<ExportItem>> DescribeAsync(Language say, IEnumerable<PersonalRecord> records, string userId, CancellationToken cancellationToken)
    {
        var items = new List<(DateTimeOffset Started, ExportItem Item)>();
        foreach (var bySession in records.GroupBy(r => r.Entity.PartitionKey, StringComparer.Ordinal))
        {
            var session = await sessions.FindAsync(bySession.Key, cancellationToken);
            var fields = new List<ExportField>();
            if (session?.Leads(userId) == true)
            {
                fields.Add(new(say[Phrase.ExportYouLead], say[session.IsAnonymous ? Phrase.ExportYouLeadAnonymous : Phrase.ExportYouLeadNamed]));
            }

            // Taking part first, then what was given in the order of the session's steps.
            foreach (var record in bySession.OrderBy(r => Array.IndexOf(ReadingOrder, r.Table)).ThenBy(StepOf).ThenBy(r => r.Entity.RowKey, StringComparer.Ordinal))
            {
                try
                {
                    fields.Add(await DescribeAsync(say, record, session, userId, cancellationToken));
                }
                catch (System.Text.Json.JsonException)
                {
                    // Never dropped: what cannot be read as its kind is given as it is stored, opened up.
                    fields.Add(new(say[Phrase.ExportUnreadable], NestedJson.Pretty(NestedJson.Parse(record.Entity.Data))));
                }
            }

            var title = session is null
                ? say[Phrase.ExportSessionGone]
                : say.Format(Phrase.ExportSessionTitle, session.CaseName, ExportWords.Date(session.StartedAt));
            items.Add((session?.StartedAt ?? DateTimeOffset.MinValue, new ExportItem(title, fields)));
        }

        return [.. items.OrderBy(i => i.Started).Select(i => i.Item)];
    }

    private async Task<ExportField> DescribeAsync(Language say, PersonalRecord record, GroupSession? session, string userId, CancellationToken cancellationToken)
    {
        var data = record.Entity.Data;
        switch (record.Table)
        {
            case GroupSessionStore.ContributionTable:
                var contribution = GroupSessionStore.Read<Contribution>(data)!;
                var given = contribution switch
                {
                    { Passed: true } => say[Phrase.ExportPassed],
                    { Rating: { } rating } => say.Format(Phrase.ExportYourRating, rating),
                    _ => contribution.Text ?? string.Empty,
                };
                var how = contribution.UserName is null ? Phrase.ExportGivenAnonymously : Phrase.ExportGivenUnderName;
                return new(say.Format(how, StepOf(say, session, contribution.Step), ExportWords.Date(contribution.At)), given);
            case GroupSessionStore.ParticipantTable:
                var participant = GroupSessionStore.Read<Participant>(data)!;
                return new(say[Phrase.ExportTookPart], participant.Name is null
                    ? say.Format(Phrase.ExportJoinedNoName, ExportWords.Date(participant.JoinedAt))
                    : say.Format(Phrase.ExportJoinedAs, ExportWords.Date(participant.JoinedAt), participant.Name));
            case GroupSessionStore.ParkingTable:
                var topic = GroupSessionStore.Read<ParkedTopic>(data)!;
                return new(say.Format(Phrase.ExportParkedTopic, ExportWords.Date(topic.At)), topic.Topic);
            default:
                // The owner row holds only the person; the topic is read to see whose words it is.
                var parked = await store.GetAsync(GroupSessionStore.ParkingTable, record.Entity.PartitionKey, record.Entity.RowKey, cancellationToken);
                var owned = parked is null ? null : GroupSessionStore.Read<ParkedTopic>(parked.Data);
                return new(say[Phrase.ExportOwnedTopic], owned switch
                {
                    null => say[Phrase.ExportTopicGone],
                    _ when owned.UserId == userId => owned.Topic,
                    _ => say[Phrase.ExportTopicOthers],
                });
        }
    }

    private static int StepOf(PersonalRecord record)
    {
        try
        {
            return record.Table == GroupSessionStore.ContributionTable ? GroupSessionStore.Read<Contribution>(record.Entity.Data)?.Step ?? 0 : 0;
        }
        catch (System.Text.Json.JsonException)
        {
            return int.MaxValue;
        }
    }

    private static string StepOf(Language say, GroupSession? session, int step)
    {
        if (session is null || step < 0 || step >= session.Steps.Count)
        {
            return say.Format(Phrase.ExportStepNumber, step + 1);
        }

        var current = session.Steps[step];
        return say.Format(current.Kind == SessionStepKind.Question ? Phrase.ExportStepQuestion : Phrase.ExportStepPrinciple, current.Text);
    }
}
