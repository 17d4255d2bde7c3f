using CoproBot.Dialogs.Engine;
using CoproBot.Dialogs.Languages;
using CoproBot.Dialogs.Prompts;
using CoproBot.Dialogs.Replies;
using CoproBot.Dialogs.Understanding;
using CoproBot.Knowledge.Answers;
using CoproBot.Knowledge.Catalog;
using Microsoft.Bot.Builder;

namespace CoproBot.Dialogs.Reflection;

/// <summary>A personal guided reflection on one case: its guiding questions, then its inclusivity principles, then a summary.</summary>
/// <remarks>
/// Before each answer reaches a prompt, <see cref="OnInterruptAsync"/> reads what the message means at the step waiting
/// (<see cref="ReflectionContext"/>) and acts on the meanings that steer the reflection (help, "what do you mean?", back,
/// skip, repeat, where am I, cancel), questions about the cases and thanks, so none of them is kept as an answer.
/// </remarks>
public sealed class ReflectionDialog : ComponentDialog
{
    public const string DialogId = "reflection";
    public const string ConfirmCancelId = "reflection-confirm-cancel";

    private readonly ReflectionFlow _flow;
    private readonly KnowledgeCatalog _knowledge;
    private readonly ReflectionOptions _options;
    private readonly MeaningReader _reader;

    public ReflectionDialog(KnowledgeCatalog knowledge, ReflectionArchive archive, ReflectionOptions options, TimeProvider time, MeaningReader reader)
        : base(DialogId)
    {
        ArgumentNullException.ThrowIfNull(options);
        _reader = reader;
        _knowledge = knowledge;
        _options = options;
        _flow = new ReflectionFlow(knowledge, archive, options, time);
        Title = "your reflection";
        TitlePhrase = Phrase.ReflectionTitle;
        AddDialog(_flow);
        AddDialog(new ChoicePrompt(ReflectionFlow.CasePrompt));
        AddDialog(new TextPrompt(ReflectionFlow.PlacePrompt, WithinLimitAsync));
        AddDialog(new TextPrompt(ReflectionFlow.AnswerPrompt, WithinLimitAsync));
        AddDialog(new RatingPrompt(ReflectionFlow.RatingPrompt));
        AddDialog(new ConfirmPrompt(ConfirmCancelId));
        InitialDialogId = ReflectionFlow.FlowId;
    }

    /// <summary>The plan a reflection follows: its template's, or its case's from the current knowledge.</summary>
    public ReflectionPlan? Plan(ReflectionProgress progress) => _flow.Plan(progress);

    protected override async Task<Interruption> OnInterruptAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var context = innerDc.Context;
        var text = IncomingMessage.Of(context).Text;
        var progress = ReflectionFlow.Progress(innerDc);
        var say = TurnLanguage.Of(context);

        var plan = _flow.Plan(progress);
        var reading = ReflectionContext.For(plan, progress, context.Activity.Locale);
        var meaning = TurnMeaning.Read(context, _reader, text, reading);
        ReflectionDialogLog.MeaningRead(innerDc.Logger, meaning.Kind, reading.Awaiting, meaning.Confidence);
        if (innerDc.ActiveDialog?.Id == ConfirmCancelId)
        {
            return await ConfirmingCancelAsync(innerDc, meaning, cancellationToken);
        }

        if (plan is null || progress.Step < 0 || progress.Step >= plan.Steps.Count)
        {
            return meaning.Kind == MeaningKind.Cancel ? await AskToCancelAsync(innerDc, progress, cancellationToken) : Interruption.None;
        }

        var step = plan.Steps[progress.Step];
        switch (meaning.Kind)
        {
            case MeaningKind.Help when step.Kind != ReflectionStepKind.Rating:
                await context.SendActivityAsync(say[Phrase.ReflectionHelp], cancellationToken: cancellationToken);
                return Interruption.RepeatPrompt;
            case MeaningKind.Help or MeaningKind.Explain:
                await context.SendActivityAsync(StepHelp.For(say, _knowledge.Current.Knowledge, plan, step, progress.Place), cancellationToken: cancellationToken);
                return Interruption.RepeatPrompt;
            case MeaningKind.Repeat or MeaningKind.Resume:
                return Interruption.RepeatPrompt;
            case MeaningKind.WhereAmI:
                await context.SendActivityAsync(ReflectionMessages.WhereAmI(say, plan, progress), cancellationToken: cancellationToken);
                return Interruption.RepeatPrompt;
            case MeaningKind.Back when progress.Step == 0:
                await context.SendActivityAsync(say[Phrase.ReflectionFirstStep], cancellationToken: cancellationToken);
                return Interruption.RepeatPrompt;
            case MeaningKind.Back:
                await _flow.MoveToAsync(innerDc, progress.Step - 1, cancellationToken);
                return Interruption.KeepWaiting;
            case MeaningKind.Skip or MeaningKind.NoNote:
                // Skipping a rating skips its note too. Skipping the last step finishes the reflection: the summary is
                // sent and only the stack is left to clear.
                var next = progress.Step + (step.Kind == ReflectionStepKind.Rating ? 2 : 1);
                return await _flow.MoveToAsync(innerDc, next, cancellationToken) ? Interruption.CancelAll : Interruption.KeepWaiting;
            case MeaningKind.Cancel:
                return await AskToCancelAsync(innerDc, progress, cancellationToken);
            case MeaningKind.KnowledgeQuestion:
                var reply = MessageFactory.Text(MarkdownAnswerRenderer.Render(_knowledge.Current.Ask(meaning.Argument ?? text, null, TurnLanguage.ForQuestion(context, meaning.Argument ?? text))) + say[Phrase.ReflectionBackToIt]);
                reply.TextFormat = "markdown";
                await context.SendActivityAsync(reply, cancellationToken);
                return Interruption.RepeatPrompt;
            case MeaningKind.Thanks:
                await context.SendActivityAsync(say[Phrase.ReflectionYoureWelcome], cancellationToken: cancellationToken);
                return Interruption.RepeatPrompt;
            case MeaningKind.Greeting:
                await context.SendActivityAsync(say.Format(Phrase.ReflectionHello, plan.Name), cancellationToken: cancellationToken);
                return Interruption.RepeatPrompt;
        }

        // An answer, a note, a rating (the rating prompt takes this turn's reading), or words no prompt can use.
        return Interruption.None;
    }

    private async Task<Interruption> AskToCancelAsync(DialogContext innerDc, ReflectionProgress progress, CancellationToken cancellationToken)
    {
        progress.AwaitingStep = new StepReference(StepReferenceKind.ConfirmCancel, 0);
        ReflectionFlow.Save(innerDc, progress);
        await innerDc.PromptAsync(ConfirmCancelId, new PromptOptions { Prompt = MessageFactory.Text(TurnLanguage.Of(innerDc.Context)[Phrase.ReflectionConfirmCancel]), MaxAttempts = _options.MaxAttempts }, cancellationToken);
        return Interruption.KeepWaiting;
    }

    private async Task<Interruption> ConfirmingCancelAsync(DialogContext innerDc, Meaning meaning, CancellationToken cancellationToken)
    {
        switch (meaning.Kind)
        {
            case MeaningKind.Yes:
                ReflectionDialogLog.Cancelled(innerDc.Logger);
                await innerDc.Context.SendActivityAsync(TurnLanguage.Of(innerDc.Context)[Phrase.ReflectionCancelled], cancellationToken: cancellationToken);
                return Interruption.CancelAll;
            case MeaningKind.No:
                var progress = ReflectionFlow.Progress(innerDc);
                progress.AwaitingStep = _flow.Plan(progress) is { } plan && progress.Step >= 0 && progress.Step < plan.Steps.Count ? plan.Steps[progress.Step].Reference : ReflectionProgress.ChoosingCaseStep;
                ReflectionFlow.Save(innerDc, progress);
                await innerDc.Context.SendActivityAsync(TurnLanguage.Of(innerDc.Context)[Phrase.ReflectionCarryOn], cancellationToken: cancellationToken);

                // Ending the confirmation resumes the question underneath it, which asks itself again.
                await innerDc.EndDialogAsync(false, cancellationToken);
                return Interruption.KeepWaiting;
            default:
                return Interruption.None;
        }
    }

    private async Task<bool> WithinLimitAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var length = prompt.Recognized.Value?.Length ?? 0;
        if (length <= _options.MaxAnswerLength)
        {
            return true;
        }

        await prompt.ReplyAsync(MessageFactory.Text(TurnLanguage.Of(prompt.Context).Format(Phrase.ReflectionTooLong, _options.MaxAnswerLength, length)), cancellationToken);
        return false;
    }
}
