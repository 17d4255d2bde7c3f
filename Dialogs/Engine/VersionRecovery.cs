using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace CoproBot.Dialogs.Engine;

/// <summary>Restarts conversations that were saved inside a dialog whose deployed shape has since changed.</summary>
internal static class VersionRecovery
{
    public static StaleInstance? FindStale(DialogContext dc)
    {
        for (var index = 0; index < dc.Stack.Count; index++)
        {
            var instance = dc.Stack[index];
            var dialog = dc.FindDialog(instance.Id);
            if (dialog is null || !string.Equals(dialog.Version, instance.Version, StringComparison.Ordinal))
            {
                return new StaleInstance(index, instance, dialog);
            }
        }

        return null;
    }

    public static async Task<DialogTurnResult> RecoverAsync(DialogContext dc, StaleInstance stale, CancellationToken cancellationToken)
    {
        // The saved state belongs to code that no longer exists, so it is dropped without running any of it;
        // only the options it was started with are kept, so it restarts as its caller meant.
        var stack = dc.State.DialogStack;
        if (stale.Dialog is null)
        {
            DialogLog.DialogGone(dc.Logger, stale.Instance.Id);
            stack.Clear();
            await dc.Context.SendActivityAsync(MessageFactory.Text(EngineMessages.DialogGone(dc.Context)), cancellationToken);
            return DialogTurnResult.Cancelled;
        }

        DialogLog.DialogRestarted(dc.Logger, stale.Instance.Id, stale.Instance.Version, stale.Dialog.Version);
        stack.RemoveRange(stale.Index, stack.Count - stale.Index);
        await dc.Context.SendActivityAsync(MessageFactory.Text(EngineMessages.Restarted(dc.Context, stale.Dialog)), cancellationToken);
        var options = stale.Instance.Options is { } json ? JToken.Parse(json) : null;
        return await dc.BeginDialogAsync(stale.Dialog.Id, options, cancellationToken);
    }

    internal sealed record StaleInstance(int Index, DialogInstance Instance, Dialog? Dialog);
}
