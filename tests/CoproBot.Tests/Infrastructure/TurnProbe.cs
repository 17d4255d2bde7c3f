using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace CoproBot.Tests.Infrastructure;

/// <summary>
/// A test-only step in the bot's middleware: it records what reaches the bot, can answer some messages itself
/// (standing in for dialogs not written yet), and can hold a turn until the test releases it.
/// </summary>
public sealed class TurnProbe : IMiddleware
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<Activity> Received { get; } = new();

    /// <summary>Messages whose text starts with a key are answered by its script instead of the bot.</summary>
    public Dictionary<string, Func<ITurnContext, Task>> Scripts { get; } = new(StringComparer.Ordinal);

    /// <summary>Messages with this text wait at this step until <see cref="Release"/>: a pipeline made slow on purpose.</summary>
    public string? HoldText { get; set; }

    /// <summary>Completes when a held turn has reached this step.</summary>
    public Task Entered => _entered.Task;

    public void Release() => _release.TrySetResult();

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        Received.Enqueue(activity);
        var text = activity.Text ?? string.Empty;
        if (HoldText is not null && text == HoldText)
        {
            _entered.TrySetResult();
            await _release.Task.WaitAsync(cancellationToken);
        }

        var script = Scripts.FirstOrDefault(pair => activity.Type == ActivityTypes.Message && text.StartsWith(pair.Key, StringComparison.Ordinal));
        if (script.Value is not null)
        {
            await script.Value(turnContext);
            return;
        }

        await next(cancellationToken);
    }
}
