using System.Text.Json;
using CoproBot.Storage.Tables;

namespace CoproBot.Dialogs.Group;

/// <summary>
/// The one anonymity rule, applied where data is written: in an anonymous session no person's name is stored, the
/// facilitator's neither. Ids stay only where the feature needs them: to steer, to keep each person's cap and latest
/// rating, to withdraw, and to tell whose parked words are whose in "export my data".
/// </summary>
/// <remarks>
/// A session that turns anonymous (the facilitator chose the mode after starting, or switched to it later) loses the
/// names written before: the facilitator's leaves the control state in the save that switches it, and
/// <see cref="ForgetNamesAsync"/> takes them off every place, contribution and parked topic already kept.
/// </remarks>
public sealed partial class GroupSessionStore
{
    /// <summary>Takes every name off what the session already keeps; rows without one are not written. Returns how many lost one.</summary>
    /// <remarks>
    /// Each row is replaced over the version read, so a row withdrawn or forgotten meanwhile stays deleted. A contribution
    /// read in the moment before the switch may still arrive named; it is never shown, since the session is anonymous.
    /// </remarks>
    public async Task<int> ForgetNamesAsync(GroupSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var scrubbed = 0;
        scrubbed += await ForgetNamesAsync<Contribution>(ContributionTable, session, c => c.UserName is null ? null : c with { UserName = null }, cancellationToken);
        scrubbed += await ForgetNamesAsync<Participant>(ParticipantTable, session, p => p.Name is null ? null : p with { Name = null }, cancellationToken);
        scrubbed += await ForgetNamesAsync<ParkedTopic>(ParkingTable, session, t => t.UserName is null ? null : t with { UserName = null }, cancellationToken);
        scrubbed += await ForgetNamesAsync<Participant>(OwnerTable, session, p => p.Name is null ? null : p with { Name = null }, cancellationToken);
        return scrubbed;
    }

    /// <summary>The control state as it is written.</summary>
    public static GroupSession Kept(GroupSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.IsAnonymous && session.FacilitatorName is not null ? session with { FacilitatorName = null } : session;
    }

    private static Contribution Kept(GroupSession session, Contribution contribution) =>
        session.IsAnonymous ? contribution with { UserName = null } : contribution;

    private static Participant Kept(GroupSession session, Participant participant) =>
        session.IsAnonymous ? participant with { Name = null } : participant;

    private static ParkedTopic Kept(GroupSession session, ParkedTopic topic) =>
        session.IsAnonymous ? topic with { UserName = null } : topic;

    private async Task<int> ForgetNamesAsync<T>(string table, GroupSession session, Func<T, T?> unnamed, CancellationToken cancellationToken)
        where T : class
    {
        var rows = new List<StoredEntity>();
        await foreach (var row in store.QueryPartitionAsync(table, session.SessionId, cancellationToken))
        {
            rows.Add(row);
        }

        var scrubbed = 0;
        foreach (var row in rows)
        {
            if (unnamed(JsonSerializer.Deserialize<T>(row.Data, Json)!) is { } kept
                && (await store.ReplaceAsync(table, row.PartitionKey, row.RowKey, JsonSerializer.Serialize(kept, Json), row.ETag, cancellationToken)).Succeeded)
            {
                scrubbed++;
            }
        }

        return scrubbed;
    }
}
