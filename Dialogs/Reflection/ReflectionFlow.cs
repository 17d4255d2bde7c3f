using CoproBot.Dialogs.Engine;
using CoproBot.Dialogs.Languages;
using CoproBot.Dialogs.Prompts;
using CoproBot.Dialogs.Replies;
using CoproBot.Knowledge.Catalog;
using CoproBot.Storage.Privacy;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CoproBot.Dialogs.Reflection;

/// <summary>Walks one person through a reflection step by step, asking each step with the right prompt and keeping each answer.</summary>
/// <remarks>
/// Steps are data (<see cref="ReflectionPlan.Steps"/>) rather than waterfall steps, so "back" and "skip" can move to any
/// step, and a case with more or fewer questions needs no code. Progress is kept on the reflection's own stack entry.
/// </remarks>
internal sealed class ReflectionFlow(KnowledgeCatalog knowledge, ReflectionArchive archive, ReflectionOptions options, TimeProvider time)
    : Dialog(FlowId)
{
    public const string FlowId = "reflection-flow";
    public const string CasePrompt = "reflection-case";
    public const string PlacePrompt = "reflection-place";
    public const string AnswerPrompt = "reflection-answer";
    public const string RatingPrompt = "reflection-rating";
    private const int LongestPlace = 100;

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var start = options as ReflectionStart ?? (options as JToken)?.ToObject<ReflectionStart>();
        var progress = new ReflectionProgress();
        if (start?.Template is { } template)
        {
            progress.Template = template;
            progress.Step = 0;
            return IntroduceAsync(dc, ReflectionPlan.For(knowledge.Current.Knowledge, template), progress, cancellationToken);
        }

        if (Plan(start?.CaseId) is { } plan)
        {
            progress.CaseId = plan.Id;
            progress.Step = 0;
            return IntroduceAsync(dc, plan, progress, cancellationToken);
        }

        return AskCaseAsync(dc, progress, cancellationToken);
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var progress = Progress(dc);
        if (progress.Step == ReflectionProgress.ChoosingCase)
        {
            if (result is FoundChoice choice && knowledge.Current.Knowledge.Cases.ElementAtOrDefault(choice.Index) is { } chosen && Plan(chosen.Id) is { } chosenPlan)
            {
                progress.CaseId = chosen.Id;
                progress.Step = 0;
                return await IntroduceAsync(dc, chosenPlan, progress, cancellationToken);
            }

            await dc.Context.SendActivityAsync(TurnLanguage.Of(dc.Context)[Phrase.ReflectionNoCaseChosen], cancellationToken: cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        var plan = Plan(progress);
        if (plan is null || progress.Step >= plan.Steps.Count)
        {
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        await KeepAsync(dc.Context, plan.Steps[progress.Step], progress, result, cancellationToken);
        progress.Step++;
        if (progress.Step >= plan.Steps.Count)
        {
            var finished = await FinishAsync(dc, plan, progress, cancellationToken);
            return await dc.EndDialogAsync(finished, cancellationToken);
        }

        return await AskAsync(dc, plan, progress, replace: false, cancellationToken);
    }

    /// <summary>Moves to another step (for "back" and "skip"), replacing the prompt that was waiting; true when that finished the reflection.</summary>
    public async Task<bool> MoveToAsync(DialogContext innerDc, int step, CancellationToken cancellationToken)
    {
        var progress = Progress(innerDc);
        var plan = Plan(progress)!;
        progress.Step = Math.Max(0, step);
        if (progress.Step >= plan.Steps.Count)
        {
            await FinishAsync(innerDc, plan, progress, cancellationToken);
            return true;
        }

        await AskAsync(innerDc, plan, progress, replace: true, cancellationToken);
        return false;
    }

    public ReflectionPlan? Plan(string? caseId) => ReflectionPlan.For(knowledge.Current.Knowledge, caseId);

    public ReflectionPlan? Plan(ReflectionProgress progress) => ReflectionPlan.For(knowledge.Current.Knowledge, progress);

    public static ReflectionProgress Progress(DialogContext innerDc) => ReflectionState.Progress(Owner(innerDc));

    public static void Save(DialogContext innerDc, ReflectionProgress progress) => ReflectionState.Save(Owner(innerDc), progress);

    private static DialogInstance Owner(DialogContext innerDc) =>
        innerDc.Parent?.ActiveDialog ?? throw new InvalidOperationException("The reflection flow runs inside the reflection dialog.");

    private async Task<DialogTurnResult> IntroduceAsync(DialogContext dc, ReflectionPlan plan, ReflectionProgress progress, CancellationToken cancellationToken)
    {
        ReflectionDialogLog.Started(dc.Logger, plan.Id);
        await dc.Context.SendActivityAsync(MessageFactory.Text(ReflectionMessages.Intro(TurnLanguage.Of(dc.Context), plan)), cancellationToken);
        return await AskAsync(dc, plan, progress, replace: false, cancellationToken);
    }

    private Task<DialogTurnResult> AskCaseAsync(DialogContext dc, ReflectionProgress progress, CancellationToken cancellationToken)
    {
        progress.AwaitingStep = ReflectionProgress.ChoosingCaseStep;
        Save(dc, progress);
        var choices = knowledge.Current.Knowledge.Cases
            .Select(c => Choice.Of(c.Name, [$"case {c.Number}", .. c.Aliases]))
            .ToList();
        var input = new InputRequest(AnswerKind.Choice, ReflectionProgress.ChoosingCaseStep) { Now = true };
        var say = TurnLanguage.Of(dc.Context);
        var named = choices.Select(c => ReplyChoice.Of(c.Value)).ToList();
        return dc.PromptAsync(CasePrompt, new PromptOptions
        {
            Asked = Asking(say[Phrase.ReflectionChooseCase], input, named),
            AskedAgain = Asking(say[Phrase.ReflectionChooseCaseAgain], input, named),
            Choices = choices,
            MaxAttempts = options.MaxAttempts,
        }, cancellationToken);
    }

    private Task<DialogTurnResult> AskAsync(DialogContext dc, ReflectionPlan plan, ReflectionProgress progress, bool replace, CancellationToken cancellationToken)
    {
        var step = plan.Steps[progress.Step];
        progress.AwaitingStep = step.Reference;
        Save(dc, progress);
        var input = new InputRequest(step.Answer, step.Reference) { Now = true };
        var say = TurnLanguage.Of(dc.Context);
        var words = PlanWords.For(knowledge.Current, plan, say);
        var prompt = Asking(ReflectionMessages.Prompt(say, plan, progress, step, words), input, []);
        var (promptId, retry) = step.Kind switch
        {
            ReflectionStepKind.Place => (PlacePrompt, Asking(say[Phrase.ReflectionEmptyAnswer], input, [])),

            // Words that are no rating get the scale as buttons (channels with cards show it on every rating card already).
            ReflectionStepKind.Rating => (RatingPrompt, Asking(ReflectionMessages.RatingRetry(say, words.PrincipleName(plan, step.Index)), input, RatingScale.Choices(say))),
            _ => (AnswerPrompt, Asking(say[Phrase.ReflectionEmptyAnswer], input, [])),
        };

        var promptOptions = new PromptOptions { Asked = prompt, AskedAgain = retry, MaxAttempts = options.MaxAttempts };
        return replace
            ? dc.ReplaceDialogAsync(promptId, promptOptions, cancellationToken)
            : dc.PromptAsync(promptId, promptOptions, cancellationToken);
    }

    private static async Task KeepAsync(ITurnContext turnContext, ReflectionStep step, ReflectionProgress progress, object? result, CancellationToken cancellationToken)
    {
        if (result is TooManyAttempts)
        {
            await turnContext.SendActivityAsync(TurnLanguage.Of(turnContext)[step.Kind == ReflectionStepKind.Rating ? Phrase.ReflectionLeftUnrated : Phrase.ReflectionMovingOn], cancellationToken: cancellationToken);
            return;
        }

        switch (step.Kind, result)
        {
            case (ReflectionStepKind.Place, string place):
                progress.Place = place.Length > LongestPlace ? place[..LongestPlace] : place;
                break;
            case (ReflectionStepKind.Question, string answer):
                progress.Answers[step.Index] = answer;
                break;
            case (ReflectionStepKind.Rating, double rating):
                progress.Ratings[step.Index] = (int)rating;
                break;
            case (ReflectionStepKind.Note, string note):
                progress.Notes[step.Index] = note;
                break;
        }
    }

    private async Task<ArchivedReflection> FinishAsync(DialogContext dc, ReflectionPlan plan, ReflectionProgress progress, CancellationToken cancellationToken)
    {
        Save(dc, progress);
        var activity = dc.Context.Activity;
        var completed = time.GetUtcNow();
        var say = TurnLanguage.Of(dc.Context);
        var markdown = ReflectionSummary.Markdown(say, plan, progress, TimeZoneInfo.ConvertTime(completed, UserTimeZone.Resolve(activity, progress.TimeZoneId)), PlanWords.For(knowledge.Current, plan, say));
        var person = PersonalDataIndex.PersonKey(activity.ChannelId, activity.From.Id);
        var saved = await archive.SaveAsync(person, plan.Id, plan.Name, completed, markdown, cancellationToken);
        ReflectionDialogLog.Completed(dc.Logger, plan.Id);
        var summary = MessageFactory.Text(
            markdown + say.Format(Phrase.ReflectionKept, saved.Number));
        summary.TextFormat = "markdown";
        summary.SuggestedActions = new SuggestedActions
        {
            Actions = [new(ActionTypes.ImBack, say[Phrase.ReflectionExportButton], value: say[Phrase.ReflectionExportButtonValue])],
        };
        await dc.Context.SendActivityAsync(summary, cancellationToken);
        return saved;
    }

    // The step travels with the prompt, so a channel can put it in a form and a stale form can be recognised. The
    // prompt is rendered for the turn's channel now, and kept so rendered with the dialog's state for asking again.
    private static Reply Asking(string text, InputRequest input, IReadOnlyList<ReplyChoice> choices) =>
        new(text) { Input = input, Choices = choices };
}
