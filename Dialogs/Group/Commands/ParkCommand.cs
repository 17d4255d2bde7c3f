namespace CoproBot.Dialogs.Group.Commands;

/// <summary>"park &lt;topic&gt;" sets a topic aside for later; "I'll own 2" volunteers to take one on.</summary>
internal sealed class ParkCommand(GroupSessionStore store, TimeProvider time)
{
    public async Task<IReadOnlyList<GroupReply>?> ParkAsync(GroupTurn turn, CancellationToken cancellationToken)
    {
        var (input, topic) = (turn.Input, turn.Command.Argument);
        var parked = new ParkedTopic(input.ActivityId is { } message ? GroupKeys.OfMessage(message) : store.NewId(), topic, input.From.Id, input.From.Name, time.GetUtcNow());
        await store.ParkAsync(turn.Session, input.Person, parked, cancellationToken);
        var number = (await store.ParkedAsync(turn.Session.SessionId, cancellationToken)).FindIndex(t => t.Id == parked.Id) + 1;
        return [new GroupReply($"Parked as {number}: {topic.ReplaceLineEndings(" ")}. Anyone can take it on with \"I'll own {number}\"; the parking lot is listed at the end.")];
    }

    public async Task<IReadOnlyList<GroupReply>?> OwnAsync(GroupTurn turn, CancellationToken cancellationToken)
    {
        var (input, session, which) = (turn.Input, turn.Session, turn.Command.Argument);
        var parked = await store.ParkedAsync(session.SessionId, cancellationToken);
        var number = SpokenNumber.Of(which);
        if (number < 1 || number > parked.Count)
        {
            return [new GroupReply(parked.Count == 0 ? "Nothing has been parked yet." : $"There's no parked topic {which}: the parking lot has 1 to {parked.Count}.") { Private = true }];
        }

        var topic = parked[number - 1];
        var owner = await store.OwnAsync(session, input.Person, topic.Id, turn.Me(time.GetUtcNow()), cancellationToken);
        if (owner.UserId == input.From.Id)
        {
            return [new GroupReply($"Thank you: you own parked topic {number}, {topic.Topic.ReplaceLineEndings(" ")}.")];
        }

        return [new GroupReply(SessionPrivacy.ShownName(session, owner.Name) is { } name
            ? $"Parked topic {number} is already owned by {name}."
            : $"Parked topic {number} already has an owner.") { Private = true }];
    }
}
