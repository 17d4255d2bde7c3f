using CoproBot.Knowledge.Model;

namespace CoproBot.Dialogs.Group.Commands;

/// <summary>"facilitate ESTHER": starts a session in the conversation, led by whoever asked, unless one is running.</summary>
/// <remarks>It comes before any session is loaded, since it may begin one; it decides on the state it finds when it saves.</remarks>
internal sealed class StartCommand(SessionControl control, StepPrompts prompts, GroupSessionStore store, TimeProvider time, GroupRules rules)
{
    public async Task<IReadOnlyList<GroupReply>> HandleAsync(GroupInput input, string words, KnowledgeBase knowledge, CancellationToken cancellationToken)
    {
        if (SessionPlan.FindCase(knowledge, words) is not { } chosen || SessionPlan.StepsFor(knowledge, chosen.Id) is not { Count: > 0 } steps)
        {
            return [new GroupReply(GroupMessages.WhichCase)];
        }

        var mode = ModeReader.Mentioned(words);
        var now = time.GetUtcNow();
        var (saved, replies) = await control.ChangeAsync(input, current =>
        {
            if (current is not null && current.Status != SessionStatus.Ended)
            {
                return SessionControl.Unchanged(new GroupReply($"A group reflection on {current.CaseName} is already running here. The facilitator can say \"end\" before we start another.") { Private = true });
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

        await store.JoinAsync(saved, input.Person, new Participant(input.From.Id, input.From.Name, now), cancellationToken);
        var questions = steps.Count(s => s.Kind == SessionStepKind.Question);
        var opening = new GroupReply(
            $"Let's reflect together on **{chosen.Name}**: {RatingDistribution.Plural(questions, "guiding question")}, then {RatingDistribution.Plural(steps.Count - questions, "inclusivity principle")} to rate. "
            + "Whoever started this is facilitating. Everyone here can take part: just reply, or say \"join\".\n\n" + GroupMessages.Consent(rules.RetentionDays));
        if (mode is null)
        {
            return [opening, new GroupReply(GroupMessages.ChooseMode) { Actions = [.. ModeReader.Choices.Select(c => c.Value)] }];
        }

        return [opening, new GroupReply(GroupMessages.ModeExplained(saved.Mode)), .. await prompts.StepRepliesAsync(saved, cancellationToken)];
    }
}
