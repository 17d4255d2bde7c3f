using CoproBot.Dialogs.Languages;

namespace CoproBot.Dialogs.Group.Commands;

/// <summary>Words on a guiding question or a rating of a principle, and the "Contribute" button that asks for them.</summary>
internal sealed class ContributeCommand(GroupSessionStore store, TimeProvider time, GroupRules rules, GroupCommandReader commands, StepPrompts prompts)
{
    /// <summary>The "Contribute" button: the step again, asking for free text.</summary>
    public static Task<IReadOnlyList<GroupReply>?> AskForTextAsync(GroupTurn turn, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<GroupReply>?>([StepPrompts.AskForText(turn.Session)]);

    public async Task<IReadOnlyList<GroupReply>?> HandleAsync(GroupTurn turn, CancellationToken cancellationToken)
    {
        var (input, session) = (turn.Input, turn.Session);

        // What only this person sees speaks their language; what the group sees, the session's.
        var say = input.Language;
        if (input.Text.Length == 0)
        {
            return [new GroupReply(say[Phrase.GroupEmptyBox]) { Private = true }];
        }

        // A form names the step it was answering: an answer that arrives after the facilitator moved on still
        // belongs to the question it answered.
        var step = input.SubmittedStep is { } submitted && submitted >= 0 && submitted < session.Steps.Count ? submitted : session.Step;
        var rating = session.Steps[step].Kind == SessionStepKind.Principle ? commands.Rating(input.Text, input.Locale) : null;
        var title = SessionReport.StepTitle(session, step, say);
        if (rating is null && input.Text.Length > rules.MaxContributionLength)
        {
            return [new GroupReply(GroupMessages.TooLong(say, rules.MaxContributionLength, input.Text.Length)) { Private = true }];
        }

        await store.JoinAsync(session, input.Person, turn.Me(time.GetUtcNow()), cancellationToken);
        IReadOnlyList<Contribution>? after = null;
        if (rating is null)
        {
            var (refused, kept) = await AddWordsAsync(turn, step, title, cancellationToken);
            if (refused is not null)
            {
                return [refused];
            }

            after = kept;
        }
        else
        {
            var given = new Contribution(turn.MessageKey(step, store), step, input.From.Id, input.From.Name, null, rating, Passed: false, time.GetUtcNow(), input.ActivityId);
            await store.AddContributionAsync(session, input.Person, given, cancellationToken);
        }

        GroupReply reply;
        if (rating is not null)
        {
            reply = new GroupReply(say.Format(Phrase.GroupRatingIn, title)) { Private = true };
        }
        else if (session.Gathers)
        {
            reply = new GroupReply(say.Format(Phrase.GroupContributionHidden, title)) { Private = true };
        }
        else if (input.Submitted)
        {
            // Open mode, from a form nobody else saw: showing it is what the group chose when it chose Open.
            var group = session.Speaks;
            reply = new GroupReply(group.Format(
                Phrase.GroupContributionShown, input.From.Name ?? group[Phrase.GroupSomeoneWrote], SessionReport.StepTitle(session, step), input.Text.ReplaceLineEndings(" ")));
        }
        else
        {
            reply = new GroupReply(say.Format(Phrase.GroupNoted, title)) { Private = true };
        }

        var nudge = after is not null && step == session.Step ? await NudgeAsync(turn, after, cancellationToken) : null;
        return [reply, .. nudge is null ? [] : new[] { nudge }, .. await prompts.TakeTurnAsync(input, session, step, cancellationToken)];
    }

    /// <summary>
    /// A word to the facilitator alone when these words made one voice more than half of the step: the balance, as
    /// "who hasn't spoken?" gives it (counts only in an anonymous session), sent once as the balance tips.
    /// </summary>
    /// <remarks>Judged from the contributions read to keep the words; the whole record is read only when it tips.</remarks>
    private async Task<GroupReply?> NudgeAsync(GroupTurn turn, IReadOnlyList<Contribution> after, CancellationToken cancellationToken)
    {
        var session = turn.Session;
        if (!session.HasFacilitator || session.Leads(turn.Input.From.Id) || !ParticipationBalance.TippedBy(session, after, turn.Input.From.Id))
        {
            return null;
        }

        var balance = ParticipationBalance.Of(await store.RecordAsync(session, cancellationToken), withNames: true);
        return new GroupReply(ParticipationMessages.ForFacilitator(session.Speaks, balance))
        {
            Private = true,
            PrivateTo = new GroupPerson(session.FacilitatorId, session.FacilitatorName),
        };
    }

    /// <summary>
    /// Keeps a person's words on a step, unless they are already in (a message sent again after an outage) or the
    /// person has reached the cap. Each of a person's contributions to a step takes a numbered slot in its key, so the
    /// cap holds even when their messages arrive at once on two instances; a taken slot means looking again.
    /// </summary>
    /// <returns>A refusal to say instead, or none; and, when this message kept the words, the session's contributions with them.</returns>
    private async Task<(GroupReply? Refused, IReadOnlyList<Contribution>? Kept)> AddWordsAsync(GroupTurn turn, int step, string title, CancellationToken cancellationToken)
    {
        var (input, session) = (turn.Input, turn.Session);
        for (var attempt = 0; attempt <= rules.MaxContributionsPerQuestion; attempt++)
        {
            var all = await store.ContributionsAsync(session.SessionId, cancellationToken);
            var mine = all.Where(c => c.Step == step && c.UserId == input.From.Id && c.Text is not null).ToList();
            if (input.ActivityId is not null && mine.Exists(c => c.ActivityId == input.ActivityId))
            {
                // This very message is in already (it reached another instance too): thanked as when it was kept.
                return (null, null);
            }

            if (mine.Any(c => string.Equals(c.Text, input.Text, StringComparison.Ordinal)))
            {
                return (new GroupReply(GroupMessages.AlreadyIn(input.Language, title)) { Private = true }, null);
            }

            if (mine.Count >= rules.MaxContributionsPerQuestion)
            {
                return (new GroupReply(GroupMessages.ContributionCap(input.Language, rules.MaxContributionsPerQuestion, title)) { Private = true }, null);
            }

            var slot = GroupKeys.ContributionSlot(step, input.From.Id, mine.Count + 1);
            var words = new Contribution(slot, step, input.From.Id, input.From.Name, input.Text, null, Passed: false, time.GetUtcNow(), input.ActivityId);
            if (await store.AddContributionAsync(session, input.Person, words, cancellationToken))
            {
                return (null, [.. all, words]);
            }
        }

        return (GroupMessages.Busy(input.Language), null);
    }
}
