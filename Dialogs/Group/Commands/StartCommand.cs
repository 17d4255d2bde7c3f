using CoproBot.Dialogs.Languages;
using CoproBot.Dialogs.Reflection;
using CoproBot.Dialogs.Templates;
using CoproBot.Knowledge.Catalog;
using CoproBot.Knowledge.Model;

namespace CoproBot.Dialogs.Group.Commands;

/// <summary>"facilitate ESTHER": starts a session in the conversation, led by whoever asked, unless one is running.</summary>
/// <remarks>It comes before any session is loaded, since it may begin one; it decides on the state it finds when it saves.</remarks>
internal sealed class StartCommand(SessionControl control, StepPrompts prompts, GroupSessionStore store, TemplateStore templates, TimeProvider time, GroupRules rules)
{
    // A template's name holds more words than a case's ("ESTHER for Ward 3"), so the longer of the two matches wins;
    // no template may be named as a case is, so "facilitate ESTHER" is always the case.
    private async Task<ReflectionPlan?> PlanAsync(GroupInput input, string words, KnowledgeBase knowledge, CancellationToken cancellationToken)
    {
        var study = SessionPlan.FindCase(knowledge, words);
        var available = input.Templates is { } places ? await templates.UsableAsync(places, cancellationToken) : [];
        if (SessionPlan.FindTemplate([.. available.Select(t => t.Template)], words) is { } template
            && (study is null || template.Name.Length > study.Name.Length))
        {
            return ReflectionPlan.For(knowledge, template);
        }

        return study is null ? null : ReflectionPlan.For(knowledge, study.Id);
    }

    public async Task<IReadOnlyList<GroupReply>> HandleAsync(GroupInput input, string words, KnowledgeSnapshot snapshot, CancellationToken cancellationToken)
    {
        // "facilitate ESTHER en français": the session speaks the language named, else the facilitator's.
        var (named, asked) = SessionLanguage.Split(words);
        var say = asked ?? input.Language;
        words = named;
        if (await PlanAsync(input, words, snapshot.Knowledge, cancellationToken) is not { } plan
            || SessionPlan.StepsFor(plan, PlanWords.For(snapshot, plan, say)) is not { Count: > 0 } steps)
        {
            return [new GroupReply(say[Phrase.TemplateWhichTemplate])];
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
                CaseName = plan.Name,
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
                plan.Name,
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
