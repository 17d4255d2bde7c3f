using System.Security.Cryptography;
using System.Text;
using Microsoft.Bot.Builder;

namespace CoproBot.Dialogs.Engine;

/// <summary>A dialog made of other dialogs, with its own inner stack and a hook for interruptions.</summary>
public abstract class ComponentDialog : Dialog
{
    private const string InnerStateKey = "dialogs";
    private readonly DialogSet _dialogs = new();

    protected ComponentDialog(string id)
        : base(id)
    {
    }

    /// <summary>The dialog started when the component begins; the first one added unless set.</summary>
    protected string? InitialDialogId { get; set; }

    // Any change to an inner dialog changes the component, so a saved inner stack is never resumed by other code.
    public override string Version
    {
        get
        {
            var shape = string.Join('|', _dialogs.Dialogs.OrderBy(d => d.Id, StringComparer.Ordinal).Select(d => $"{d.Id}={d.Version}"));
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{InitialDialogId}|{shape}"));
            return $"{base.Version}:{Convert.ToHexStringLower(hash, 0, 8)}";
        }
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var initial = InitialDialogId ?? _dialogs.Dialogs.FirstOrDefault()?.Id
            ?? throw new InvalidOperationException($"The component '{Id}' has no dialogs.");
        var (inner, instance) = InnerContext(dc);
        var result = await inner.BeginDialogAsync(initial, options, cancellationToken);
        return await AfterInnerTurnAsync(dc, inner, instance, result, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var (inner, instance) = InnerContext(dc);
        switch (await OnInterruptAsync(inner, cancellationToken))
        {
            case Interruption.RepeatPrompt:
                await inner.RepromptDialogAsync(cancellationToken);
                return AfterHandledInterruption(inner, instance);
            case Interruption.KeepWaiting:
                return AfterHandledInterruption(inner, instance);
            case Interruption.CancelAll:
                await inner.CancelAllDialogsAsync(cancellationToken);
                Save(inner, instance);
                return await dc.CancelAllDialogsAsync(cancellationToken);
            default:
                var result = await inner.ContinueDialogAsync(cancellationToken);
                return await AfterInnerTurnAsync(dc, inner, instance, result, cancellationToken);
        }
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var inner = new DialogContext(_dialogs, turnContext, Load(instance));
        await inner.RepromptDialogAsync(cancellationToken);
        Save(inner, instance);
    }

    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (reason == DialogReason.CancelCalled)
        {
            var inner = new DialogContext(_dialogs, turnContext, Load(instance));
            await inner.CancelAllDialogsAsync(cancellationToken);
            Save(inner, instance);
        }
    }

    protected ComponentDialog AddDialog(Dialog dialog)
    {
        _dialogs.Add(dialog);
        return this;
    }

    /// <summary>Runs before the active inner dialog gets the user's message, so help, cancel or questions can be handled first.</summary>
    protected virtual Task<Interruption> OnInterruptAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        Task.FromResult(Interruption.None);

    /// <summary>The inner stack finished; by default the component ends with the same result.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        return outerDc.EndDialogAsync(result, cancellationToken);
    }

    private async Task<DialogTurnResult> AfterInnerTurnAsync(DialogContext outer, DialogContext inner, DialogInstance instance, DialogTurnResult result, CancellationToken cancellationToken)
    {
        Save(inner, instance);
        return result.Status == DialogTurnStatus.Waiting
            ? DialogTurnResult.Waiting
            : await EndComponentAsync(outer, result.Result, cancellationToken);
    }

    private static DialogTurnResult AfterHandledInterruption(DialogContext inner, DialogInstance instance)
    {
        Save(inner, instance);
        return DialogTurnResult.Waiting;
    }

    private (DialogContext Inner, DialogInstance Instance) InnerContext(DialogContext outer)
    {
        var instance = outer.ActiveDialog!;
        return (new DialogContext(_dialogs, outer.Context, Load(instance), outer), instance);
    }

    private static DialogState Load(DialogInstance instance) =>
        instance.State.TryGetValue(InnerStateKey, out var json) ? DialogJson.Deserialize<DialogState>(json) ?? new() : new();

    private static void Save(DialogContext inner, DialogInstance instance) =>
        instance.State[InnerStateKey] = DialogJson.Serialize(inner.State);
}
