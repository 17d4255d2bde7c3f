using System.Globalization;
using System.Text.RegularExpressions;
using CoproBot.Knowledge.Model;

namespace CoproBot.Dialogs.Group;

/// <summary>What only the facilitator does: start, advance, reveal, reopen, change mode, hand over and end.</summary>
public sealed partial class GroupFacilitator
{
    private async Task<IReadOnlyList<GroupReply>> StartAsync(GroupInput input, string words, KnowledgeBase knowledge, CancellationToken cancellationToken)
    {
        if (SessionPlan.FindCase(knowledge, words) is not { } chosen || SessionPlan.StepsFor(knowledge, chosen.Id) is not { Count: > 0 } steps)
        {
            return [new GroupReply(GroupMessages.WhichCase)];
        }

        var mode = ModeReader.Mentioned(words);
        var now = time.GetUtcNow();
        var (saved, replies) = await ChangeAsync(input.ActivityId, input.ConversationKey, current =>
        {
            if (current is not null && current.Status != SessionStatus.Ended)
            {
                return Unchanged(new GroupReply($"A group reflection on {current.CaseName} is already running here. The facilitator can say \"end\" before we start another.") { Private = true });
            }

            return (new GroupSession
            {
                SessionId = Guid.NewGuid().ToString("N"),
                ConversationKey = input.ConversationKey,
                CaseName = chosen.Name,
                Steps = steps,
                Mode = mode ?? SessionMode.Open,
                EverAnonymous = mode == SessionMode.Anonymous,
                Status = mode is null ? SessionStatus.ChoosingMode : SessionStatus.Active,
                FacilitatorId = input.From.Id,
                FacilitatorName = input.From.Name,
                StartedAt = now,
            }, []);
        }, cancellationToken);
        if (saved is null)
        {
            return replies;
        }

        await store.JoinAsync(saved.SessionId, input.Person, new Participant(input.From.Id, KeptName(saved, input), now), cancellationToken);
        var questions = steps.Count(s => s.Kind == SessionStepKind.Question);
        var opening = new GroupReply(
            $"Let's reflect together on **{chosen.Name}**: {RatingDistribution.Plural(questions, "guiding question")}, then {RatingDistribution.Plural(steps.Count - questions, "inclusivity principle")} to rate. "
            + "Whoever started this is facilitating. Everyone here can take part: just reply, or say \"join\".\n\n" + GroupMessages.Consent(rules.RetentionDays));
        if (mode is null)
        {
            return [opening, new GroupReply(GroupMessages.ChooseMode) { Actions = [.. ModeReader.Choices.Select(c => c.Value)] }];
        }

        return [opening, new GroupReply(GroupMessages.ModeExplained(saved.Mode)), .. await StepRepliesAsync(saved, cancellationToken)];
    }

    private async Task<IReadOnlyList<GroupReply>> NextAsync(GroupInput input, CancellationToken cancellationToken)
    {
        var (saved, replies) = await ChangeAsync(input.ActivityId, input.ConversationKey, current =>
            RefuseUnlessFacilitator(current, input, "move us on") ?? (current!.Step >= current.Steps.Count - 1
                ? Unchanged(new GroupReply("That was the last step. Say \"reveal\" to show it, or \"end\" for the summary.") { Private = true })
                : (current with { Step = current.Step + 1, Turn = 0 }, [])),
            cancellationToken);
        return saved is null ? replies : await StepRepliesAsync(saved, cancellationToken);
    }

    private async Task<IReadOnlyList<GroupReply>> RevealAsync(GroupInput input, GroupSession session, CancellationToken cancellationToken)
    {
        if (!session.MaySteer(input.From.Id))
        {
            return [new GroupReply(GroupMessages.OnlyFacilitator("reveal what people have given")) { Private = true }];
        }

        return [new GroupReply(SessionReport.Reveal(await RecordAsync(session, cancellationToken), session.Step))];
    }

    private async Task<IReadOnlyList<GroupReply>> ReopenAsync(GroupInput input, string which, CancellationToken cancellationToken)
    {
        var (saved, replies) = await ChangeAsync(input.ActivityId, input.ConversationKey, current =>
        {
            if (RefuseUnlessFacilitator(current, input, "reopen a step") is { } refused)
            {
                return refused;
            }

            var step = which.Length == 0 ? current!.Step - 1 : NumberOf(which) - 1;
            return step < 0 || step >= current!.Steps.Count
                ? Unchanged(new GroupReply(which.Length == 0
                    ? "We're at the first step already."
                    : $"There's no step {which} to reopen: this session has steps 1 to {current!.Steps.Count}.")
                { Private = true })
                : (current with { Step = step, Turn = 0 }, []);
        }, cancellationToken);
        return saved is null ? replies : [new GroupReply("Reopened."), .. await StepRepliesAsync(saved, cancellationToken)];
    }

    private async Task<IReadOnlyList<GroupReply>> ModeAsync(GroupInput input, string words, CancellationToken cancellationToken)
    {
        if (ModeReader.Read(words, input.Locale) is not { } mode)
        {
            return [new GroupReply("I didn't recognise that mode. " + GroupMessages.ChooseMode) { Private = true, Actions = [.. ModeReader.Choices.Select(c => "mode " + c.Value)] }];
        }

        var wasChoosing = false;
        var (saved, replies) = await ChangeAsync(input.ActivityId, input.ConversationKey, current =>
        {
            if (RefuseUnlessFacilitator(current, input, "change the mode") is { } refused)
            {
                return refused;
            }

            wasChoosing = current!.Status == SessionStatus.ChoosingMode;
            return (current with
            {
                Mode = mode,
                EverAnonymous = current.EverAnonymous || mode == SessionMode.Anonymous,
                Status = SessionStatus.Active,
                Turn = mode == SessionMode.RoundRobin && current.Mode != SessionMode.RoundRobin ? 0 : current.Turn,
            }, []);
        }, cancellationToken);
        if (saved is null)
        {
            return replies;
        }

        // A second delivery of the message that began the session finds it begun, and shows the first step all the same.
        var began = wasChoosing || saved.StatusFor(input.ActivityId) == SessionStatus.ChoosingMode;
        var explained = new GroupReply(GroupMessages.ModeExplained(saved.Mode));
        return began || mode == SessionMode.RoundRobin ? [explained, .. await StepRepliesAsync(saved, cancellationToken)] : [explained];
    }

    private async Task<IReadOnlyList<GroupReply>> EndAsync(GroupInput input, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (saved, replies) = await ChangeAsync(input.ActivityId, input.ConversationKey, current =>
            RefuseUnlessFacilitator(current, input, "end the session") ?? (current! with { Status = SessionStatus.Ended, EndedAt = now }, []),
            cancellationToken);
        if (saved is null)
        {
            return replies;
        }

        var record = await RecordAsync(saved, cancellationToken);
        return [new GroupReply(GroupMessages.Ended(record)), new GroupReply(SessionReport.Summary(record))];
    }

    private async Task<IReadOnlyList<GroupReply>> HandOverAsync(GroupInput input, string who, GroupSession session, CancellationToken cancellationToken)
    {
        // Applied already, the hand-over has made someone else the facilitator: it is answered as it was then.
        if (!session.MaySteer(input.From.Id) && !session.HasApplied(input.ActivityId))
        {
            return [new GroupReply(GroupMessages.OnlyFacilitator("hand over the facilitation")) { Private = true }];
        }

        if (await FindPersonAsync(input, who, session, cancellationToken) is not { } target)
        {
            return [new GroupReply("I couldn't tell who you mean. Mention them (@name), or ask them to say \"join\" first and then use their name.") { Private = true }];
        }

        var (saved, replies) = await ChangeAsync(input.ActivityId, input.ConversationKey, current =>
            RefuseUnlessFacilitator(current, input, "hand over the facilitation") ?? (current! with { FacilitatorId = target.Id, FacilitatorName = target.Name }, []),
            cancellationToken);
        if (saved is null)
        {
            return replies;
        }

        await store.JoinAsync(saved.SessionId, input.PersonKeyOf(target.Id), new Participant(target.Id, saved.IsAnonymous ? null : target.Name, time.GetUtcNow()), cancellationToken);
        return [new GroupReply("you're now the facilitator. You can say \"next\", \"reveal\", \"reopen\", \"mode …\", \"hand over to …\" or \"end\".") { Mention = target }];
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

    private static int NumberOf(string words) =>
        int.TryParse(words, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : Array.IndexOf(NumberWords, words.Trim().ToLowerInvariant()) + 1;

    private static readonly string[] NumberWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    [GeneratedRegex(@"<@!?(?<id>\d+)>", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex UserMention();
}
