using System.Text.Json;

namespace CoproBot.Dialogs.Group;

/// <summary>What a person gives to a session: their words and ratings, their place, topics they park or own.</summary>
/// <remarks>
/// Each is named in the personal data index before it is written, so "forget me" finds it, and each is written as the
/// session's anonymity allows (see <see cref="Kept(GroupSession)"/>): the callers pass the person as the channel names them.
/// </remarks>
public sealed partial class GroupSessionStore
{
    /// <summary>Adds what a person gave; false when its key was already taken (see <see cref="GroupKeys"/>).</summary>
    public async Task<bool> AddContributionAsync(GroupSession session, string person, Contribution contribution, CancellationToken cancellationToken)
    {
        await index.RecordAsync(person, ContributionTable, session.SessionId, contribution.Id, cancellationToken);
        var result = await store.InsertAsync(ContributionTable, session.SessionId, contribution.Id, JsonSerializer.Serialize(Kept(session, contribution), Json), cancellationToken);
        return result.Succeeded;
    }

    /// <summary>Adds the person to the session; false when they were already in it.</summary>
    /// <remarks>
    /// Every contribution makes sure its giver is in, so being in already is the common case: one read, and no name to
    /// write, since whoever wrote the place named it first and a forget takes the name only after the place. Only a
    /// first join (or the first after being forgotten) names the place and inserts it.
    /// </remarks>
    public async Task<bool> JoinAsync(GroupSession session, string person, Participant participant, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(ParticipantTable, session.SessionId, participant.UserId, cancellationToken) is not null)
        {
            return false;
        }

        await index.RecordAsync(person, ParticipantTable, session.SessionId, participant.UserId, cancellationToken);
        var result = await store.InsertAsync(ParticipantTable, session.SessionId, participant.UserId, JsonSerializer.Serialize(Kept(session, participant), Json), cancellationToken);
        return result.Succeeded;
    }

    public async Task ParkAsync(GroupSession session, string person, ParkedTopic topic, CancellationToken cancellationToken)
    {
        await index.RecordAsync(person, ParkingTable, session.SessionId, topic.Id, cancellationToken);
        await store.InsertAsync(ParkingTable, session.SessionId, topic.Id, JsonSerializer.Serialize(Kept(session, topic), Json), cancellationToken);
    }

    /// <summary>Makes the person the topic's owner unless someone volunteered first; returns the owner.</summary>
    public async Task<Participant> OwnAsync(GroupSession session, string person, string topicId, Participant owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var sessionId = session.SessionId;
        owner = Kept(session, owner);
        if (await store.GetAsync(OwnerTable, sessionId, topicId, cancellationToken) is { } taken)
        {
            return JsonSerializer.Deserialize<Participant>(taken.Data, Json)!;
        }

        await index.RecordAsync(person, OwnerTable, sessionId, topicId, cancellationToken);
        var result = await store.InsertAsync(OwnerTable, sessionId, topicId, JsonSerializer.Serialize(owner, Json), cancellationToken);
        if (result.Succeeded)
        {
            return owner;
        }

        // Someone else volunteered at the same moment and won: the entity is theirs, so this person's "forget me" must
        // not find it, let alone delete it.
        var existing = await store.GetAsync(OwnerTable, sessionId, topicId, cancellationToken);
        var winner = existing is null ? owner : JsonSerializer.Deserialize<Participant>(existing.Data, Json)!;
        if (winner.UserId != owner.UserId)
        {
            await index.RemoveAsync(person, OwnerTable, sessionId, topicId, cancellationToken);
        }

        return winner;
    }
}
