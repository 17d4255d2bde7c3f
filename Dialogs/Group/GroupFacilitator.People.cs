namespace CoproBot.Dialogs.Group;

/// <summary>What everyone does: join, contribute, rate, pass, park a topic and own one.</summary>
public sealed partial class GroupFacilitator
{
    private async Task<IReadOnlyList<GroupReply>> JoinAsync(GroupInput input, GroupSession session, CancellationToken cancellationToken)
    {
        var joined = await EnsureJoinedAsync(input, session, cancellationToken);
        return [new GroupReply(joined ? "Welcome, you're in. Reply to any question with your thoughts, or say \"pass\"." : "You're already in this session.") { Private = true }];
    }

    private async Task<IReadOnlyList<GroupReply>> ContributeAsync(GroupInput input, GroupSession session, CancellationToken cancellationToken)
    {
        // A form names the step it was answering: an answer that arrives after the facilitator moved on still
        // belongs to the question it answered.
        var step = input.SubmittedStep is { } submitted && submitted >= 0 && submitted < session.Steps.Count ? submitted : session.Step;
        var rating = session.Steps[step].Kind == SessionStepKind.Principle ? commands.Rating(input.Text, input.Locale) : null;
        var title = SessionReport.StepTitle(session, step);
        if (rating is null && input.Text.Length > rules.MaxContributionLength)
        {
            return [new GroupReply(GroupMessages.TooLong(rules.MaxContributionLength, input.Text.Length)) { Private = true }];
        }

        await EnsureJoinedAsync(input, session, cancellationToken);
        if (rating is null)
        {
            if (await AddWordsAsync(input, session, step, title, cancellationToken) is { } refused)
            {
                return [refused];
            }
        }
        else
        {
            var given = new Contribution(MessageKey(input, step), step, input.From.Id, KeptName(session, input), null, rating, Passed: false, time.GetUtcNow(), input.ActivityId);
            await store.AddContributionAsync(session.SessionId, input.Person, given, cancellationToken);
        }

        GroupReply reply;
        if (rating is not null)
        {
            reply = new GroupReply($"Thanks, your rating for {title} is in. Ratings are shown together when the facilitator reveals them; a new rating replaces your earlier one.") { Private = true };
        }
        else if (session.Gathers)
        {
            reply = new GroupReply($"Thanks, your contribution to {title} is in. It stays hidden until the facilitator reveals it.") { Private = true };
        }
        else if (input.Submitted)
        {
            // Open mode, from a form nobody else saw: showing it is what the group chose when it chose Open.
            reply = new GroupReply($"**{input.From.Name ?? "Someone"}** on {title}: {input.Text.ReplaceLineEndings(" ")}");
        }
        else
        {
            reply = new GroupReply($"Noted for {title}, thank you.") { Private = true };
        }

        return [reply, .. await TakeTurnAsync(input, session, step, cancellationToken)];
    }

    /// <summary>
    /// Keeps a person's words on a step, unless they are already in (a message sent again after an outage) or the
    /// person has reached the cap. Each of a person's contributions to a step takes a numbered slot in its key, so the
    /// cap holds even when their messages arrive at once on two instances; a taken slot means looking again.
    /// </summary>
    private async Task<GroupReply?> AddWordsAsync(GroupInput input, GroupSession session, int step, string title, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt <= rules.MaxContributionsPerQuestion; attempt++)
        {
            var mine = (await store.ContributionsAsync(session.SessionId, cancellationToken))
                .Where(c => c.Step == step && c.UserId == input.From.Id && c.Text is not null)
                .ToList();
            if (input.ActivityId is not null && mine.Exists(c => c.ActivityId == input.ActivityId))
            {
                // This very message is in already (it reached another instance too): thanked as when it was kept.
                return null;
            }

            if (mine.Any(c => string.Equals(c.Text, input.Text, StringComparison.Ordinal)))
            {
                return new GroupReply(GroupMessages.AlreadyIn(title)) { Private = true };
            }

            if (mine.Count >= rules.MaxContributionsPerQuestion)
            {
                return new GroupReply(GroupMessages.ContributionCap(rules.MaxContributionsPerQuestion, title)) { Private = true };
            }

            var words = new Contribution(
                GroupKeys.ContributionSlot(step, input.From.Id, mine.Count + 1),
                step,
                input.From.Id,
                KeptName(session, input),
                input.Text,
                null,
                Passed: false,
                time.GetUtcNow(),
                input.ActivityId);
            if (await store.AddContributionAsync(session.SessionId, input.Person, words, cancellationToken))
            {
                return null;
            }
        }

        return new GroupReply(GroupMessages.Busy) { Private = true };
    }

    private async Task<IReadOnlyList<GroupReply>> PassAsync(GroupInput input, GroupSession session, CancellationToken cancellationToken)
    {
        if (session.Mode != SessionMode.RoundRobin)
        {
            return [new GroupReply("No problem: there's nothing you need to give on this one.") { Private = true }];
        }

        await EnsureJoinedAsync(input, session, cancellationToken);
        var pass = new Contribution(MessageKey(input, session.Step), session.Step, input.From.Id, KeptName(session, input), null, null, Passed: true, time.GetUtcNow(), input.ActivityId);
        await store.AddContributionAsync(session.SessionId, input.Person, pass, cancellationToken);
        return [new GroupReply("No problem, thanks for letting us know.") { Private = true }, .. await TakeTurnAsync(input, session, session.Step, cancellationToken)];
    }

    private async Task<IReadOnlyList<GroupReply>> ParkAsync(GroupInput input, string topic, GroupSession session, CancellationToken cancellationToken)
    {
        var parked = new ParkedTopic(input.ActivityId is { } message ? GroupKeys.OfMessage(message) : store.NewId(), topic, input.From.Id, KeptName(session, input), time.GetUtcNow());
        await store.ParkAsync(session.SessionId, input.Person, parked, cancellationToken);
        var number = (await store.ParkedAsync(session.SessionId, cancellationToken)).FindIndex(t => t.Id == parked.Id) + 1;
        return [new GroupReply($"Parked as {number}: {topic.ReplaceLineEndings(" ")}. Anyone can take it on with \"I'll own {number}\"; the parking lot is listed at the end.")];
    }

    private async Task<IReadOnlyList<GroupReply>> OwnAsync(GroupInput input, string which, GroupSession session, CancellationToken cancellationToken)
    {
        var parked = await store.ParkedAsync(session.SessionId, cancellationToken);
        var number = NumberOf(which);
        if (number < 1 || number > parked.Count)
        {
            return [new GroupReply(parked.Count == 0 ? "Nothing has been parked yet." : $"There's no parked topic {which}: the parking lot has 1 to {parked.Count}.") { Private = true }];
        }

        var topic = parked[number - 1];
        var me = new Participant(input.From.Id, KeptName(session, input), time.GetUtcNow());
        var owner = await store.OwnAsync(session.SessionId, input.Person, topic.Id, me, cancellationToken);
        if (owner.UserId == input.From.Id)
        {
            return [new GroupReply($"Thank you: you own parked topic {number}, {topic.Topic.ReplaceLineEndings(" ")}.")];
        }

        return [new GroupReply(session.IsAnonymous || owner.Name is null
            ? $"Parked topic {number} already has an owner."
            : $"Parked topic {number} is already owned by {owner.Name}.") { Private = true }];
    }

    /// <summary>A rating's or a pass's key: one per message, so a second delivery of it is not kept again.</summary>
    private string MessageKey(GroupInput input, int step) =>
        input.ActivityId is { } message ? GroupKeys.OfMessage(step, input.From.Id, message) : store.NewId();

    /// <summary>The name kept with what a person gives: none in an anonymous session, so it is never stored at all.</summary>
    private static string? KeptName(GroupSession session, GroupInput input) => session.IsAnonymous ? null : input.From.Name;

    private async Task<bool> EnsureJoinedAsync(GroupInput input, GroupSession session, CancellationToken cancellationToken) =>
        await store.JoinAsync(session.SessionId, input.Person, new Participant(input.From.Id, KeptName(session, input), time.GetUtcNow()), cancellationToken);
}
