using CoproBot.Dialogs.Prompts;
using Microsoft.Bot.Builder;

namespace CoproBot.Dialogs.Engine;

/// <summary>What a waterfall step can see and do.</summary>
public sealed class WaterfallStepContext
{
    private readonly WaterfallDialog _waterfall;
    private readonly DialogInstance _instance;
    private bool _advanced;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, DialogInstance instance, int index, DialogReason reason, object? result)
    {
        _waterfall = waterfall;
        _instance = instance;
        DialogContext = dc;
        Index = index;
        Reason = reason;
        Result = result;
        Values = new DialogValues(instance.State, WaterfallDialog.ValuesPrefix);
    }

    public DialogContext DialogContext { get; }

    public ITurnContext Context => DialogContext.Context;

    public int Index { get; }

    public DialogReason Reason { get; }

    /// <summary>The previous step's outcome: a prompt's answer, a child dialog's result or the user's text.</summary>
    public object? Result { get; }

    /// <summary>True when the previous step's prompt gave up after too many unrecognised answers.</summary>
    public bool PromptGaveUp => Result is TooManyAttempts;

    /// <summary>Values kept for the whole waterfall, saved as JSON with the conversation.</summary>
    public DialogValues Values { get; }

    /// <summary>The options the waterfall was started with, read back from the saved JSON.</summary>
    public T? GetOptions<T>() =>
        _instance.Options is { } json ? DialogJson.Deserialize<T>(json) : default;

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken) =>
        DialogContext.PromptAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken) =>
        DialogContext.BeginDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken cancellationToken) =>
        DialogContext.EndDialogAsync(result, cancellationToken);

    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options, CancellationToken cancellationToken) =>
        DialogContext.ReplaceDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken) =>
        DialogContext.CancelAllDialogsAsync(cancellationToken);

    /// <summary>Skips waiting for the user and runs the next step now with <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(object? result, CancellationToken cancellationToken)
    {
        if (_advanced)
        {
            throw new InvalidOperationException($"Step {Index} of '{_waterfall.Id}' already moved on.");
        }

        _advanced = true;
        return _waterfall.RunStepAsync(DialogContext, Index + 1, DialogReason.NextCalled, result, cancellationToken);
    }
}
