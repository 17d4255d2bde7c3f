using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json;

namespace CoproBot.Dialogs.Engine;

/// <summary>Runs one dialog as the root of a conversation's stack for one turn.</summary>
/// <remarks>The caller saves conversation state afterwards, as it would for any other state.</remarks>
public static class DialogRunner
{
    public static Task<DialogTurnResult> RunAsync(Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, CancellationToken cancellationToken) =>
        RunAsync(dialog, turnContext, accessor, NullLogger.Instance, cancellationToken);

    public static async Task<DialogTurnResult> RunAsync(Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(accessor);
        var dc = await CreateContextAsync(new DialogSet(accessor, logger).Add(dialog), turnContext, accessor, logger, cancellationToken);
        var result = await dc.ContinueDialogAsync(cancellationToken);
        return result.Status == DialogTurnStatus.Empty
            ? await dc.BeginDialogAsync(dialog.Id, null, cancellationToken)
            : result;
    }

    private static async Task<DialogContext> CreateContextAsync(DialogSet dialogs, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            return await dialogs.CreateContextAsync(turnContext, cancellationToken);
        }
        catch (Exception exception) when (exception is JsonException or InvalidCastException)
        {
            // State written by a much older bot that no longer maps onto DialogState: start again rather than fail every turn.
            DialogLog.UnreadableState(logger, exception);
            var state = new DialogState();
            await accessor.SetAsync(turnContext, state, cancellationToken);
            await turnContext.SendActivityAsync(MessageFactory.Text(EngineMessages.DialogGone(turnContext)), cancellationToken);
            return new DialogContext(dialogs, turnContext, state);
        }
    }
}
