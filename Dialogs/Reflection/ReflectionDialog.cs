using CoproBot.Dialogs.Engine;
using CoproBot.Dialogs.Prompts;
using CoproBot.Knowledge.Answers;
using CoproBot.Knowledge.Catalog;
using Microsoft.Bot.Builder;

namespace CoproBot.Dialogs.Reflection;

/// <summary>A personal guided reflection on one case: its guiding questions, then its inclusivity principles, then a summary.</summary>
/// <remarks>
/// Before each answer reaches a prompt, <see cref="OnInterruptAsync"/> takes the words that steer the reflection
/// (help, back, skip, repeat, where am I, cancel) and questions about the cases, so none of them is kept as an answer.
/// </remarks>
public sealed class ReflectionDialog : ComponentDialog
{
    public const string DialogId = "reflection";
    private const string ConfirmCancelId = "reflection-confirm-cancel";

    private readonly ReflectionFlow _flow;
    private readonly KnowledgeCatalog _knowledge;
    private readonly ReflectionOptions _options;

    public ReflectionDialog(KnowledgeCatalog knowledge, ReflectionArchive archive, ReflectionOptions options, TimeProvider time)
        : base(DialogId)
    {
        ArgumentNullException.ThrowIfNull(options);
        _knowledge = knowledge;
        _options = options;
        _flow = new ReflectionFlow(knowledge, archive, options, time);
        Title = "your reflection";
        AddDialog(_flow);
        AddDialog(new ChoicePrompt(ReflectionFlow.CasePrompt));
        AddDialog(new TextPrompt(ReflectionFlow.PlacePrompt, WithinLimitAsync));
        AddDialog(new TextPrompt(ReflectionFlow.AnswerPrompt, WithinLimitAsync));
        AddDialog(new NumberPrompt(ReflectionFlow.RatingPrompt, (p, _) => Task.FromResult(p.Recognized.Value is >= 1 and <= 5 && p.Recognized.Value == Math.Floor(p.Recognized.Value)))
        {
            CustomRecognizer = RatingScale.Read,
        });
        AddDialog(new ConfirmPrompt(ConfirmCancelId));
        InitialDialogId = ReflectionFlow.FlowId;
    }

    /// <summary>The plan of the case a reflection is about, from the current knowledge.</summary>
    public ReflectionPlan? Plan(string? caseId) => _flow.Plan(caseId);

    protected override async Task<Interruption> OnInterruptAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var context = innerDc.Context;
        var text = context.Activity.Text?.Trim() ?? string.Empty;
        var progress = ReflectionFlow.Progress(innerDc);
        if (innerDc.ActiveDialog?.Id == ConfirmCancelId)
        {
            return await ConfirmingCancelAsync(innerDc, text, cancellationToken);
        }

        var command = ReflectionWords.Command(text);
        if (progress.Step == ReflectionProgress.ChoosingCase)
        {
            return command == ReflectionCommand.Cancel ? await AskToCancelAsync(innerDc, progress, cancellationToken) : Interruption.None;
        }

        var plan = _flow.Plan(progress.CaseId);
        if (command == ReflectionCommand.None && IsDecline(plan, progress, text))
        {
            command = ReflectionCommand.Skip;
        }

        switch (command)
        {
            case ReflectionCommand.Help:
                await context.SendActivityAsync(ReflectionMessages.Help, cancellationToken: cancellationToken);
                return Interruption.RepeatPrompt;
            case ReflectionCommand.Repeat or ReflectionCommand.Continue:
                return Interruption.RepeatPrompt;
            case ReflectionCommand.WhereAmI when plan is not null:
                await context.SendActivityAsync(ReflectionMessages.WhereAmI(plan, progress), cancellationToken: cancellationToken);
                return Interruption.RepeatPrompt;
            case ReflectionCommand.Back when progress.Step == 0:
                await context.SendActivityAsync(ReflectionMessages.FirstStep, cancellationToken: cancellationToken);
                return Interruption.RepeatPrompt;
            case ReflectionCommand.Back:
                await _flow.MoveToAsync(innerDc, progress.Step - 1, cancellationToken);
                return Interruption.KeepWaiting;
            case ReflectionCommand.Skip:
                // Skipping the last step finishes the reflection; the summary is sent and only the stack is left to clear.
                return await _flow.MoveToAsync(innerDc, progress.Step + 1, cancellationToken) ? Interruption.CancelAll : Interruption.KeepWaiting;
            case ReflectionCommand.Cancel or ReflectionCommand.Stop:
                return await AskToCancelAsync(innerDc, progress, cancellationToken);
        }

        if (KnowledgeQuestion.TryAnswer(_knowledge.Current, text, _options.QuestionConfidence) is { } answer)
        {
            var reply = MessageFactory.Text(MarkdownAnswerRenderer.Render(answer) + "\nNow, back to your reflection:");
            reply.TextFormat = "markdown";
            await context.SendActivityAsync(reply, cancellationToken);
            return Interruption.RepeatPrompt;
        }

        return Interruption.None;
    }

    // A bare "no" or "none" to an optional note or to the place means nothing to add, not a note that says "no";
    // only the whole message counts, so "No one from the community attends yet" is kept as a note.
    private static bool IsDecline(ReflectionPlan? plan, ReflectionProgress progress, string text) =>
        plan is not null && progress.Step < plan.Steps.Count && plan.Steps[progress.Step].Kind is StepKind.Note or StepKind.Place
        && ReflectionWords.Normalise(text) is "no" or "nope" or "nah" or "no thanks" or "no thank you" or "none" or "nothing" or "na" or "n a"
            or "nothing to add" or "rather not say" or "id rather not" or "id rather not say";

    private async Task<Interruption> AskToCancelAsync(DialogContext innerDc, ReflectionProgress progress, CancellationToken cancellationToken)
    {
        progress.Awaiting = ConfirmCancelId;
        ReflectionFlow.Save(innerDc, progress);
        await innerDc.PromptAsync(ConfirmCancelId, new PromptOptions { Prompt = MessageFactory.Text(ReflectionMessages.ConfirmCancel), MaxAttempts = _options.MaxAttempts }, cancellationToken);
        return Interruption.KeepWaiting;
    }

    private async Task<Interruption> ConfirmingCancelAsync(DialogContext innerDc, string text, CancellationToken cancellationToken)
    {
        switch (YesNoRecognizer.Recognize(text))
        {
            case true:
                Log.Cancelled(innerDc.Logger);
                await innerDc.Context.SendActivityAsync(ReflectionMessages.Cancelled, cancellationToken: cancellationToken);
                return Interruption.CancelAll;
            case false:
                var progress = ReflectionFlow.Progress(innerDc);
                progress.Awaiting = _flow.Plan(progress.CaseId) is { } plan && progress.Step >= 0 && progress.Step < plan.Steps.Count ? plan.Steps[progress.Step].Id : "case";
                ReflectionFlow.Save(innerDc, progress);
                await innerDc.Context.SendActivityAsync(ReflectionMessages.CarryOn, cancellationToken: cancellationToken);

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

        await prompt.Context.SendActivityAsync(ReflectionMessages.TooLong(_options.MaxAnswerLength, length), cancellationToken: cancellationToken);
        return false;
    }
}
