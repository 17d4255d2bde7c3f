using CoproBot.Dialogs.Languages;
using CoproBot.Knowledge.Model;

namespace CoproBot.Dialogs.Group.Commands;

/// <summary>"facilitate ESTHER": starts a session in the conversation, led by whoever asked, unless one is running.</summary>
/// <remarks>It comes before any session is loaded, since it may begin one; it decides on the state it finds when it saves.</remarks>
internal sealed class StartCommand(SessionControl control, StepPrompts prompts, GroupSessionStore store, TimeProvider time, GroupRules rules)
{
    public async Task<IReadOnlyList<GroupReply>> HandleAsync(GroupInput input, string words, KnowledgeBase knowledge, CancellationToken cancellationToken)
    {
        // "facilitate ESTHER en français": the session speaks the language named, else the facilitator's.
        var (named, asked) = SessionLanguage.Split(words);
        var say = asked ?? input.Language;
        words = named;
        if (SessionPlan.FindCase(knowledge, words) is not { } chosen || SessionPlan.StepsFor(knowledge, chosen.Id) is not { Count: > 0 } steps)
        {
            return [new GroupReply(say[Phrase.GroupWhichCase])];
        }

        var mode = ModeReader.Mentioned(words);
        var now = time.GetUtcNow();
        var (saved, replies) = await control.ChangeAsync(input, current =>
        {
            if (current is not null && current.Status != SessionStatus.Ended)
            {
                return SessionControl.Unchanged(new GroupReply(say.Format(Phrase.GroupAlreadyRunning, current.CaseName)) { Private = true });
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
                Language = say.Code,
            }, []);
        }, cancellationToken);
        if (saved is null)
        {
            return replies;
        }

        await store.JoinAsync(saved, input.Person, new Participant(input.From.Id, input.From.Name, now), cancellationToken);
        var questions = steps.Count(s => s.Kind == SessionStepKind.Question);
        var opening = new GroupReply(
            say.Format(
                Phrase.GroupOpening,
                chosen.Name,
                RatingDistribution.Count(say, questions, Phrase.GroupQuestionsOne, Phrase.GroupQuestionsMany),
                RatingDistribution.Count(say, steps.Count - questions, Phrase.GroupPrinciplesOne, Phrase.GroupPrinciplesMany))
            + say.Format(Phrase.GroupConsent, rules.RetentionDays));
        if (mode is null)
        {
            return [opening, new GroupReply(say[Phrase.GroupChooseMode]) { Actions = ModeReader.Names(say) }];
        }

        return [opening, new GroupReply(GroupMessages.ModeExplained(say, saved.Mode)), .. await prompts.StepRepliesAsync(saved, cancellationToken)];
    }
}
