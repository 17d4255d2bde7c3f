using CoproBot.Dialogs.Languages;
using Microsoft.Bot.Builder;

namespace CoproBot.Dialogs.Engine;

/// <summary>A step of conversation that can span several turns; its progress lives in a <see cref="DialogInstance"/>.</summary>
public abstract class Dialog
{
    protected Dialog(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    public string Id { get; }

    /// <summary>How the dialog is named to the user, e.g. "your reflection".</summary>
    public string? Title { get; init; }

    /// <summary>How the dialog is named, in the turn's language; takes the place of <see cref="Title"/> when set.</summary>
    public Phrase? TitlePhrase { get; init; }

    /// <summary>Bump this when a dialog's meaning changes but its shape does not, so saved conversations restart.</summary>
    public string? Revision { get; init; }

    /// <summary>The shape of this dialog; saved state of another version is not resumed.</summary>
    public virtual string Version => Revision is null ? GetType().Name : $"{GetType().Name}+{Revision}";

    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken);

    /// <summary>The user sent something while this dialog was active.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>A dialog this one started has ended with <paramref name="result"/>.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Ask again whatever this dialog is waiting for, e.g. after an interruption.</summary>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>The instance is leaving the stack; a last chance to tidy up.</summary>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
