using CoproBot.Dialogs.Engine;
using CoproBot.Dialogs.Replies;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CoproBot.Dialogs.Prompts;

/// <summary>Asks one question and waits until the answer is understood and valid, or too many answers were not.</summary>
public abstract class Prompt<T> : Dialog
{
    private const string FailedKey = "failed";
    private readonly PromptValidator<T>? _validator;

    protected Prompt(string id, PromptValidator<T>? validator)
        : base(id)
    {
        _validator = validator;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        // Options come as PromptOptions from a caller, or as their JSON when a prompt is restarted after an update.
        if (options is not (PromptOptions or JToken))
        {
            throw new ArgumentException($"The prompt '{Id}' needs {nameof(PromptOptions)}.", nameof(options));
        }

        var instance = dc.ActiveDialog!;
        instance.Values.Set(FailedKey, 0);
        await SendAsync(dc.Context, ReadOptions(instance), retry: false, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return DialogTurnResult.Waiting;
        }

        var instance = dc.ActiveDialog!;
        var options = ReadOptions(instance);
        var failed = instance.Values.Get<int>(FailedKey);
        var recognized = await RecognizeAsync(dc.Context, options, cancellationToken);
        var check = new PromptValidatorContext<T>(dc.Context, recognized, options, failed + 1);
        var valid = recognized.Succeeded && (_validator is null || await _validator(check, cancellationToken));
        if (valid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }

        instance.Values.Set(FailedKey, ++failed);
        if (options.MaxAttempts > 0 && failed >= options.MaxAttempts)
        {
            DialogLog.PromptGaveUp(dc.Logger, Id, failed);
            return await dc.EndDialogAsync(new TooManyAttempts(Id, failed), cancellationToken);
        }

        // A validator that explained the problem itself has already asked again.
        if (!check.Replied)
        {
            await SendAsync(dc.Context, options, retry: true, cancellationToken);
        }

        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken) =>
        SendAsync(turnContext, ReadOptions(instance), retry: false, cancellationToken);

    protected abstract Task<PromptRecognition<T>> RecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken);

    /// <summary>Buttons offered with the question, rendered by each channel in its own way.</summary>
    protected virtual IList<CardAction>? SuggestedActions(ITurnContext turnContext, PromptOptions options) => null;

    /// <summary>Reads the saved options; prompts with their own options type override this.</summary>
    protected virtual PromptOptions ReadOptions(string json) => DialogJson.Deserialize<PromptOptions>(json) ?? new PromptOptions();

    private PromptOptions ReadOptions(DialogInstance instance) =>
        instance.Options is { } json ? ReadOptions(json) : new PromptOptions();

    private async Task SendAsync(ITurnContext turnContext, PromptOptions options, bool retry, CancellationToken cancellationToken)
    {
        // Options are read fresh from JSON each time, so changing the activity here never touches the caller's copy.
        var activity = (retry ? options.RetryPrompt ?? Rendered(turnContext, options.AskedAgain) : null) ?? options.Prompt ?? Rendered(turnContext, options.Asked);
        var actions = SuggestedActions(turnContext, options);
        if (activity is null && actions is null)
        {
            return;
        }

        activity ??= MessageFactory.Text(string.Empty);
        activity.InputHint ??= InputHints.ExpectingInput;
        if (actions is { Count: > 0 })
        {
            activity.SuggestedActions = new SuggestedActions { Actions = actions };
        }

        await turnContext.SendActivityAsync(activity, cancellationToken);
    }

    private static Activity? Rendered(ITurnContext turnContext, Reply? reply) => reply is null ? null : ReplyRendering.Render(turnContext, reply);
}
