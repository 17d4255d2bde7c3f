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
        var rating = session.Steps[step].Kind == StepKind.Principle ? commands.Rating(input.Text, input.Locale) : null;
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
            var given = new Contribution(store.NewId(), step, input.From.Id, KeptName(session, input), null, rating, Passed: false, time.GetUtcNow());
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
            if (mine.Any(c => string.Equals(c.Text, input.Text, StringComparison.Ordinal)))
            {
                return new GroupReply(GroupMessages.AlreadyIn(title)) { Private = true };
            }

            if (mine.Count >= rules.MaxContributionsPerQuestion)
            {
                return new GroupReply(GroupMessages.ContributionCap(rules.MaxContributionsPerQuestion, title)) { Private = true };
            }

            var words = new Contribution(
                GroupSessionStore.ContributionSlot(step, input.From.Id, mine.Count + 1),
                step,
                input.From.Id,
                KeptName(session, input),
                input.Text,
                null,
                Passed: false,
                time.GetUtcNow());
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
        var pass = new Contribution(store.NewId(), session.Step, input.From.Id, KeptName(session, input), null, null, Passed: true, time.GetUtcNow());
        await store.AddContributionAsync(session.SessionId, input.Person, pass, cancellationToken);
        return [new GroupReply("No problem, thanks for letting us know.") { Private = true }, .. await TakeTurnAsync(input, session, session.Step, cancellationToken)];
    }

    private async Task<IReadOnlyList<GroupReply>> ParkAsync(GroupInput input, string topic, GroupSession session, CancellationToken cancellationToken)
    {
        var parked = new ParkedTopic(store.NewId(), topic, input.From.Id, KeptName(session, input), time.GetUtcNow());
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

    /// <summary>The name kept with what a person gives: none in an anonymous session, so it is never stored at all.</summary>
    private static string? KeptName(GroupSession session, GroupInput input) => session.IsAnonymous ? null : input.From.Name;

    private async Task<bool> EnsureJoinedAsync(GroupInput input, GroupSession session, CancellationToken cancellationToken) =>
        await store.JoinAsync(session.SessionId, input.Person, new Participant(input.From.Id, KeptName(session, input), time.GetUtcNow()), cancellationToken);

    /// <summary>The step as the group sees it, with the round-robin invitation when it is someone's turn.</summary>
    private async Task<IReadOnlyList<GroupReply>> StepRepliesAsync(GroupSession session, CancellationToken cancellationToken)
    {
        var step = session.Current;
        var ask = step.Kind == StepKind.Question
            ? "Share your thoughts: reply here" + (session.Gathers ? ", or use the answer box to keep them hidden until the reveal." : ".")
            : "How well do we live this principle? Rate it from 1 (not at all) to 5 (fully): \"4\", \"four\", \"4/5\" or \"mostly\" all work. "
                + "Ratings stay hidden until the facilitator reveals them.";
        List<string> actions = ["Contribute"];
        if (session.Mode == SessionMode.RoundRobin)
        {
            actions.Add("Pass");
        }

        actions.AddRange(["Reveal", "Next", "End"]);
        var prompt = new GroupReply($"**{SessionReport.StepTitle(session, session.Step)}**\n{step.Text}\n\n{ask}") { AsksStep = session.Step, Actions = actions };
        return session.Mode == SessionMode.RoundRobin ? [prompt, await InvitationAsync(session, cancellationToken)] : [prompt];
    }

    private static GroupReply AskForText(GroupSession session) =>
        new($"{SessionReport.StepTitle(session, session.Step)}: {session.Current.Text}") { AsksForText = true, AsksStep = session.Step };

    private async Task<GroupReply> InvitationAsync(GroupSession session, CancellationToken cancellationToken)
    {
        var participants = await store.ParticipantsAsync(session.SessionId, cancellationToken);
        if (session.Turn >= participants.Count)
        {
            return new GroupReply("Everyone has had a turn on this step. Facilitator: say \"next\" when the group is ready.");
        }

        var person = participants[session.Turn];
        return new GroupReply($"it's your turn on {SessionReport.StepTitle(session, session.Step)}. Share your thoughts, or say \"pass\".")
        {
            Mention = new GroupPerson(person.UserId, person.Name),
        };
    }

    /// <summary>In round robin, the invited person has answered or passed: move the turn on, if nothing else has.</summary>
    private async Task<IReadOnlyList<GroupReply>> TakeTurnAsync(GroupInput input, GroupSession session, int step, CancellationToken cancellationToken)
    {
        if (session.Mode != SessionMode.RoundRobin || step != session.Step)
        {
            return [];
        }

        var participants = await store.ParticipantsAsync(session.SessionId, cancellationToken);
        var (saved, _) = await ChangeAsync(input.ConversationKey, current =>
            current is { Status: SessionStatus.Active, Mode: SessionMode.RoundRobin } && current.SessionId == session.SessionId && current.Step == step
                && current.Turn < participants.Count && participants[current.Turn].UserId == input.From.Id
                ? (current with { Turn = current.Turn + 1 }, [])
                : Unchanged(),
            cancellationToken);
        return saved is null ? [] : [await InvitationAsync(saved, cancellationToken)];
    }
}
