using Microsoft.Bot.Builder;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace CoproBot.Bot.BotFramework;

/// <summary>Bot Builder's typing indicator, one instance per turn.</summary>
/// <remarks>
/// ShowTypingMiddleware keeps the current turn's CancellationTokenSource in a field, so one shared instance fails
/// ("CancellationTokenSource has been disposed") as soon as two turns overlap, as they do when a group talks at once.
/// </remarks>
public sealed class PerTurnTypingMiddleware(int delay, int period) : IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default) =>
        new ShowTypingMiddleware(delay, period).OnTurnAsync(turnContext, next, cancellationToken);
}
