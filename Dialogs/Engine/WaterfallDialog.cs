using CoproBot.Dialogs.Replies;
using Microsoft.Bot.Schema;

namespace CoproBot.Dialogs.Engine;

/// <summary>A fixed sequence of steps; each step's result is handed to the next, and values persist across turns.</summary>
public class WaterfallDialog : Dialog
{
    internal const string StepKey = "step";
    internal const string ValuesPrefix = "values.";

    private readonly List<WaterfallStep> _steps;

    public WaterfallDialog(string id, IEnumerable<WaterfallStep> steps)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(steps);
        _steps = [.. steps];
        if (_steps.Count == 0)
        {
            throw new ArgumentException("A waterfall needs at least one step.", nameof(steps));
        }
    }

    public int StepCount => _steps.Count;

    // Steps are delegates and cannot be compared, so their count is the shape; Revision covers the rest.
    public override string Version => $"{base.Version}:steps={_steps.Count}";

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        // Only messages move a waterfall on; typing indicators, reactions and the like do not.
        return dc.Context.Activity.Type == ActivityTypes.Message
            ? ResumeDialogAsync(dc, DialogReason.ContinueCalled, IncomingMessage.Of(dc.Context).Text, cancellationToken)
            : Task.FromResult(DialogTurnResult.Waiting);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var current = dc.ActiveDialog!.Values.Get<int>(StepKey);
        return RunStepAsync(dc, current + 1, reason, result, cancellationToken);
    }

    internal async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        var instance = dc.ActiveDialog!;
        instance.Values.Set(StepKey, index);
        var step = new WaterfallStepContext(this, dc, instance, index, reason, result);
        return await _steps[index](step, cancellationToken);
    }
}
