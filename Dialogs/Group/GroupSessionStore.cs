using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CoproBot.Storage.Privacy;
using CoproBot.Storage.Tables;

namespace CoproBot.Dialogs.Group;

/// <summary>Where group sessions live: one control entity per conversation, and one entity per thing a person gives.</summary>
/// <remarks>
/// Everything a person gives is inserted under a fresh key, never read-modified-written, so any number of writers on
/// any number of bot instances can add at once and nothing is overwritten. Each such entity is recorded in the
/// personal-data index, so "forget me" finds it.
/// </remarks>
public sealed partial class GroupSessionStore(ITableStore store, PersonalDataIndex index, TimeProvider time)
{
    public const string SessionTable = "groupsess";
    public const string CatalogTable = "groupcatalog";
    public const string ContributionTable = "groupcontrib";
    public const string ParticipantTable = "grouppeople";
    public const string ParkingTable = "grouppark";
    public const string OwnerTable = "groupown";
    private const string CurrentRow = "current";
    private const string CatalogPartition = "sessions";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task<(GroupSession? Session, string? ETag)> LoadAsync(string conversationKey, CancellationToken cancellationToken)
    {
        var entity = await store.GetAsync(SessionTable, conversationKey, CurrentRow, cancellationToken);
        return entity is null ? (null, null) : (JsonSerializer.Deserialize<GroupSession>(entity.Data, Json), entity.ETag);
    }

    /// <summary>Saves the control state: inserted when <paramref name="etag"/> is null, else only over that version.</summary>
    public async Task<WriteResult> SaveAsync(GroupSession session, string? etag, CancellationToken cancellationToken)
    {
        var data = JsonSerializer.Serialize(Kept(session), Json);
        var result = etag is null
            ? await store.InsertAsync(SessionTable, session.ConversationKey, CurrentRow, data, cancellationToken)
            : await store.ReplaceAsync(SessionTable, session.ConversationKey, CurrentRow, data, etag, cancellationToken);
        if (result.Succeeded)
        {
            // The catalog lets the purge find every session, including those a newer one has replaced.
            var entry = JsonSerializer.Serialize(new CatalogEntry(session.ConversationKey, session.StartedAt), Json);
            await store.UpsertAsync(CatalogTable, CatalogPartition, session.SessionId, entry, cancellationToken);
        }

        return result;
    }

    /// <summary>The session a person's contribution or place belongs to, while it is still the conversation's current one.</summary>
    public async Task<GroupSession?> FindAsync(string sessionId, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(CatalogTable, CatalogPartition, sessionId, cancellationToken) is not { } catalogued)
        {
            return null;
        }

        var (session, _) = await LoadAsync(JsonSerializer.Deserialize<CatalogEntry>(catalogued.Data, Json)!.ConversationKey, cancellationToken);
        return session?.SessionId == sessionId ? session : null;
    }

    /// <summary>Everything stored for the session, read together for a reveal, summary or export.</summary>
    public async Task<SessionRecord> RecordAsync(GroupSession session, CancellationToken cancellationToken) => new(
        session,
        await ContributionsAsync(session.SessionId, cancellationToken),
        await ParticipantsAsync(session.SessionId, cancellationToken),
        await ParkedAsync(session.SessionId, cancellationToken));

    /// <summary>Reads one stored contribution, participant or parked topic, in the form this store writes them.</summary>
    public static T? Read<T>(string data) => JsonSerializer.Deserialize<T>(data, Json);

    public async Task<List<Contribution>> ContributionsAsync(string sessionId, CancellationToken cancellationToken)
    {
        var list = await ReadAsync<Contribution>(ContributionTable, sessionId, cancellationToken);
        return [.. list.OrderBy(c => c.At).ThenBy(c => c.Id, StringComparer.Ordinal)];
    }

    public async Task<List<Participant>> ParticipantsAsync(string sessionId, CancellationToken cancellationToken)
    {
        var list = await ReadAsync<Participant>(ParticipantTable, sessionId, cancellationToken);
        return [.. list.OrderBy(p => p.JoinedAt).ThenBy(p => p.UserId, StringComparer.Ordinal)];
    }

    public async Task<List<ParkedTopic>> ParkedAsync(string sessionId, CancellationToken cancellationToken)
    {
        var owners = new Dictionary<string, Participant>(StringComparer.Ordinal);
        await foreach (var row in store.QueryPartitionAsync(OwnerTable, sessionId, cancellationToken))
        {
            owners[row.RowKey] = JsonSerializer.Deserialize<Participant>(row.Data, Json)!;
        }

        var topics = await ReadAsync<ParkedTopic>(ParkingTable, sessionId, cancellationToken);
        return [.. topics.OrderBy(t => t.At).ThenBy(t => t.Id, StringComparer.Ordinal).Select(t => t with { Owner = owners.GetValueOrDefault(t.Id) })];
    }

    /// <summary>Deletes everything the person gave in the session (words, ratings, passes) and their place in it; returns how many contributions went.</summary>
    public async Task<int> WithdrawAsync(string sessionId, string userId, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var contribution in (await ContributionsAsync(sessionId, cancellationToken)).Where(c => c.UserId == userId))
        {
            if ((await store.DeleteAsync(ContributionTable, sessionId, contribution.Id, null, cancellationToken)).Succeeded)
            {
                deleted++;
            }
        }

        // Having withdrawn, they no longer count among those who took part.
        await store.DeleteAsync(ParticipantTable, sessionId, userId, null, cancellationToken);

        return deleted;
    }

    /// <summary>The conversations that have, or had, a session still kept (the purge removes the rest).</summary>
    public async Task<List<string>> ConversationKeysAsync(CancellationToken cancellationToken)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in store.QueryPartitionAsync(CatalogTable, CatalogPartition, cancellationToken))
        {
            keys.Add(JsonSerializer.Deserialize<CatalogEntry>(row.Data, Json)!.ConversationKey);
        }

        return [.. keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>Deletes every session started before <paramref name="cutoff"/>, with all it holds; returns how many.</summary>
    public async Task<int> PurgeStartedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var expired = new List<(string SessionId, CatalogEntry Entry)>();
        await foreach (var row in store.QueryPartitionAsync(CatalogTable, CatalogPartition, cancellationToken))
        {
            var entry = JsonSerializer.Deserialize<CatalogEntry>(row.Data, Json)!;
            if (entry.StartedAt < cutoff)
            {
                expired.Add((row.RowKey, entry));
            }
        }

        foreach (var (sessionId, entry) in expired)
        {
            foreach (var table in new[] { ContributionTable, ParticipantTable, ParkingTable, OwnerTable })
            {
                await DeletePartitionAsync(table, sessionId, cancellationToken);
            }

            var control = await store.GetAsync(SessionTable, entry.ConversationKey, CurrentRow, cancellationToken);
            if (control is not null && JsonSerializer.Deserialize<GroupSession>(control.Data, Json)?.SessionId == sessionId)
            {
                await store.DeleteAsync(SessionTable, entry.ConversationKey, CurrentRow, control.ETag, cancellationToken);
            }

            // The catalog row goes last, so an interrupted purge finds the session again next time.
            await store.DeleteAsync(CatalogTable, CatalogPartition, sessionId, null, cancellationToken);
        }

        return expired.Count;
    }

    /// <summary>A row key that sorts by time and never collides, whichever instance writes it.</summary>
    public string NewId() =>
        time.GetUtcNow().UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N");

    private async Task<List<T>> ReadAsync<T>(string table, string partition, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var row in store.QueryPartitionAsync(table, partition, cancellationToken))
        {
            list.Add(JsonSerializer.Deserialize<T>(row.Data, Json)!);
        }

        return list;
    }

    private async Task DeletePartitionAsync(string table, string partition, CancellationToken cancellationToken)
    {
        var rows = new List<string>();
        await foreach (var row in store.QueryPartitionAsync(table, partition, cancellationToken))
        {
            rows.Add(row.RowKey);
        }

        foreach (var row in rows)
        {
            await store.DeleteAsync(table, partition, row, null, cancellationToken);
        }
    }

    private sealed record CatalogEntry(string ConversationKey, DateTimeOffset StartedAt);
}
