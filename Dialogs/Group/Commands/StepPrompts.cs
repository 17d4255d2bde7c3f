namespace CoproBot.Dialogs.Group.Commands;

/// <summary>How a step is put to the group, and whose turn it is in round robin.</summary>
internal sealed class StepPrompts(GroupSessionStore store, SessionControl control)
{
    /// <summary>The step as the group sees it, with the round-robin invitation when it is someone's turn.</summary>
    public async Task<IReadOnlyList<GroupReply>> StepRepliesAsync(GroupSession session, CancellationToken cancellationToken)
    {
        var step = session.Current;
        var ask = step.Kind == SessionStepKind.Question
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

    /// <summary>The "Contribute" button: the current step again, asking for free text (a modal where the channel has them).</summary>
    public static GroupReply AskForText(GroupSession session) =>
        new($"{SessionReport.StepTitle(session, session.Step)}: {session.Current.Text}") { AsksForText = true, AsksStep = session.Step };

    /// <summary>In round robin, the invited person has answered or passed: move the turn on, if nothing else has.</summary>
    public async Task<IReadOnlyList<GroupReply>> TakeTurnAsync(GroupInput input, GroupSession session, int step, CancellationToken cancellationToken)
    {
        if (session.Mode != SessionMode.RoundRobin || step != session.Step)
        {
            return [];
        }

        var participants = await store.ParticipantsAsync(session.SessionId, cancellationToken);
        var (saved, _) = await control.ChangeAsync(input, current =>
            current is { Status: SessionStatus.Active, Mode: SessionMode.RoundRobin } && current.SessionId == session.SessionId && current.Step == step
                && current.Turn < participants.Count && participants[current.Turn].UserId == input.From.Id
                ? (current with { Turn = current.Turn + 1 }, [])
                : SessionControl.Unchanged(),
            cancellationToken);
        return saved is null ? [] : [await InvitationAsync(saved, cancellationToken)];
    }

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
}
