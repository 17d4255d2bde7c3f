using CoproBot.Dialogs.Prompts;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;

namespace CoproBot.Dialogs.Engine;

/// <summary>One dialog stack during one turn: the operations that start, continue and end dialogs.</summary>
public sealed class DialogContext
{
    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state, DialogContext? parent = null)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        Dialogs = dialogs;
        Context = turnContext;
        State = state;
        Parent = parent;
    }

    public DialogSet Dialogs { get; }

    public ITurnContext Context { get; }

    public DialogState State { get; }

    /// <summary>The context of the stack this one is nested in, for dialogs inside a component.</summary>
    public DialogContext? Parent { get; }

    public IReadOnlyList<DialogInstance> Stack => State.DialogStack;

    /// <summary>The dialog that gets the next message, or null when the stack is empty.</summary>
    public DialogInstance? ActiveDialog => State.DialogStack.Count == 0 ? null : State.DialogStack[^1];

    internal ILogger Logger => Parent?.Logger ?? Dialogs.Logger;

    public Dialog? FindDialog(string id) => Dialogs.Find(id) ?? Parent?.FindDialog(id);

    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        var dialog = FindDialog(dialogId)
            ?? throw new InvalidOperationException($"No dialog with the id '{dialogId}' was added to this dialog set.");
        State.DialogStack.Add(new DialogInstance
        {
            Id = dialog.Id,
            Version = dialog.Version,
            Options = options is null ? null : DialogJson.Serialize(options),
        });
        return await dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Gives the user's message to the active dialog, first restarting a stack saved by an older version of the bot.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken)
    {
        if (VersionRecovery.FindStale(this) is { } stale)
        {
            return await VersionRecovery.RecoverAsync(this, stale, cancellationToken);
        }

        if (ActiveDialog is not { } instance)
        {
            return DialogTurnResult.Empty;
        }

        return await DialogOf(instance).ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>Ends the active dialog and resumes the one below it with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken cancellationToken)
    {
        if (ActiveDialog is { } ending)
        {
            await PopAsync(ending, DialogReason.EndCalled, cancellationToken);
        }

        if (ActiveDialog is { } parent)
        {
            return await DialogOf(parent).ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken)
    {
        if (ActiveDialog is null)
        {
            return DialogTurnResult.Empty;
        }

        while (ActiveDialog is { } instance)
        {
            await PopAsync(instance, DialogReason.CancelCalled, cancellationToken);
        }

        return DialogTurnResult.Cancelled;
    }

    /// <summary>Ends the active dialog without resuming its parent and starts another in its place.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        if (ActiveDialog is { } instance)
        {
            await PopAsync(instance, DialogReason.ReplaceCalled, cancellationToken);
        }

        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    public async Task RepromptDialogAsync(CancellationToken cancellationToken)
    {
        if (ActiveDialog is { } instance)
        {
            await DialogOf(instance).RepromptDialogAsync(Context, instance, cancellationToken);
        }
    }

    private async Task PopAsync(DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        if (FindDialog(instance.Id) is { } dialog)
        {
            await dialog.EndDialogAsync(Context, instance, reason, cancellationToken);
        }

        State.DialogStack.Remove(instance);
    }

    private Dialog DialogOf(DialogInstance instance) =>
        FindDialog(instance.Id) ?? throw new InvalidOperationException($"The dialog '{instance.Id}' on the stack is not in this dialog set.");
}
