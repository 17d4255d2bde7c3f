using CoproBot.Dialogs.Languages;

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
        return [new GroupReply(turn.Session.Speaks.Format(Phrase.GroupParked, number, topic.ReplaceLineEndings(" ")))];
    }

    public async Task<IReadOnlyList<GroupReply>?> OwnAsync(GroupTurn turn, CancellationToken cancellationToken)
    {
        var (input, session, which) = (turn.Input, turn.Session, turn.Command.Argument);
        var parked = await store.ParkedAsync(session.SessionId, cancellationToken);
        var number = SpokenNumber.Of(which);
        var say = input.Language;
        if (number < 1 || number > parked.Count)
        {
            return [new GroupReply(parked.Count == 0 ? say[Phrase.GroupNothingParkedYet] : say.Format(Phrase.GroupNoSuchTopic, which, parked.Count)) { Private = true }];
        }

        var topic = parked[number - 1];
        var owner = await store.OwnAsync(session, input.Person, topic.Id, turn.Me(time.GetUtcNow()), cancellationToken);
        if (owner.UserId == input.From.Id)
        {
            return [new GroupReply(session.Speaks.Format(Phrase.GroupYouOwn, number, topic.Topic.ReplaceLineEndings(" ")))];
        }

        return [new GroupReply(SessionPrivacy.ShownName(session, owner.Name) is { } name
            ? say.Format(Phrase.GroupOwnedAlreadyBy, number, name)
            : say.Format(Phrase.GroupOwnedAlready, number)) { Private = true }];
    }
}
