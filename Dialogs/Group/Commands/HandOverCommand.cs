using System.Text.RegularExpressions;
using CoproBot.Dialogs.Languages;

namespace CoproBot.Dialogs.Group.Commands;

/// <summary>"hand over to @Sam" or "make Sam facilitator": someone else leads the session from now on.</summary>
internal sealed partial class HandOverCommand(SessionControl control, GroupSessionStore store, TimeProvider time)
{
    public async Task<IReadOnlyList<GroupReply>?> HandleAsync(GroupTurn turn, CancellationToken cancellationToken)
    {
        var input = turn.Input;
        if (await FindPersonAsync(input, turn.Command.Argument, turn.Session, cancellationToken) is not { } target)
        {
            return [new GroupReply(input.Language[Phrase.GroupWhoDoYouMean]) { Private = true }];
        }

        var (saved, replies) = await control.ChangeAsync(input, current =>
            SessionControl.RefuseUnlessMaySteer(current, turn) ?? (current! with { FacilitatorId = target.Id, FacilitatorName = target.Name }, []),
            cancellationToken);
        if (saved is null)
        {
            return replies;
        }

        await store.JoinAsync(saved, input.PersonKeyOf(target.Id), new Participant(target.Id, target.Name, time.GetUtcNow()), cancellationToken);
        return [new GroupReply(saved.Speaks[Phrase.GroupNowFacilitator]) { Mention = target }];
    }

    private async Task<GroupPerson?> FindPersonAsync(GroupInput input, string who, GroupSession session, CancellationToken cancellationToken)
    {
        var participants = await store.ParticipantsAsync(session.SessionId, cancellationToken);
        if (input.Mentioned is { } mentioned)
        {
            return mentioned with { Name = mentioned.Name ?? participants.FirstOrDefault(p => p.UserId == mentioned.Id)?.Name };
        }

        if (UserMention().Match(who) is { Success: true } match)
        {
            var id = match.Groups["id"].Value;
            return new GroupPerson(id, participants.FirstOrDefault(p => p.UserId == id)?.Name);
        }

        var name = who.Trim().TrimStart('@').Trim();
        var named = participants.Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (named.Count == 0)
        {
            named = [.. participants.Where(p => p.Name?.StartsWith(name, StringComparison.OrdinalIgnoreCase) == true)];
        }

        return named.Count == 1 ? new GroupPerson(named[0].UserId, named[0].Name) : null;
    }

    [GeneratedRegex(@"<@!?(?<id>\d+)>", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex UserMention();
}
