using CoproBot.Dialogs.Languages;
namespace CoproBot.Dialogs.Group.Commands;

/// <summary>How a step is put to the group, and whose turn it is in round robin.</summary>
internal sealed class StepPrompts(GroupSessionStore store, SessionControl control)
{
    /// <summary>The step as the group sees it, with the round-robin invitation when it is someone's turn.</summary>
    public async Task<IReadOnlyList<GroupReply>> StepRepliesAsync(GroupSession session, CancellationToken cancellationToken)
    {
        var step = session.Current;
        var say = session.Speaks;
        var ask = step.Kind == SessionStepKind.Question
            ? say[Phrase.GroupAskQuestion] + say[session.Gathers ? Phrase.GroupAskQuestionHidden : Phrase.GroupAskQuestionEnd]
            : say[Phrase.GroupAskRating];
        List<string> actions = [say[Phrase.GroupButtonContribute]];
        if (session.Mode == SessionMode.RoundRobin)
        {
            actions.Add(say[Phrase.GroupButtonPass]);
        }

        actions.AddRange([say[Phrase.GroupButtonReveal], say[Phrase.GroupButtonNext], say[Phrase.GroupButtonEnd]]);
        var prompt = new GroupReply($"**{SessionReport.StepTitle(session, session.Step)}**\n{step.Prompt(say)}\n\n{ask}") { AsksStep = session.Step, Actions = actions, Speaks = say };
        return session.Mode == SessionMode.RoundRobin ? [prompt, await InvitationAsync(session, cancellationToken)] : [prompt];
    }

    /// <summary>The "Contribute" button: the current step again, asking for free text (a modal where the channel has them).</summary>
    public static GroupReply AskForText(GroupSession session) =>
        new($"{SessionReport.StepTitle(session, session.Step)}: {session.Current.Shown()}") { AsksForText = true, AsksStep = session.Step, Speaks = session.Speaks };

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
            return new GroupReply(session.Speaks[Phrase.GroupEveryoneHadTurn]);
        }

        var person = participants[session.Turn];
        return new GroupReply(session.Speaks.Format(Phrase.GroupYourTurn, SessionReport.StepTitle(session, session.Step)))
        {
            Mention = new GroupPerson(person.UserId, person.Name),
        };
    }
}
