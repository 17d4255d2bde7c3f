using CoproBot.Bot.Observability;
using CoproBot.Bot.Proactive;
using CoproBot.Bot.Teams;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace CoproBot.Bot.BotFramework;

/// <summary>The middleware every adapter runs (Bot Framework's, Discord's, the terminal's), in the one order they all run it.</summary>
/// <remarks>
/// The order is this list and nothing else, so it no longer follows from which registration happened to run first.
/// Middleware registered as <see cref="IMiddleware"/> (a test's probe) runs after the list, next to the bot.
/// </remarks>
public sealed class MiddlewareOrder
{
    /// <summary>Outermost first: each one wraps all that follow it.</summary>
    public static readonly IReadOnlyList<Type> Types =
    [
        // First, so it measures and scopes the whole turn, refusals and failures included.
        typeof(TurnTelemetryMiddleware),

        // Before any work or storage is spent on a turn that is refused for coming too fast.
        typeof(ConversationRateLimitMiddleware),

        // A group conversation's reference is kept on first contact, for the reminders and posts sent to it later.
        typeof(ConversationReferenceMiddleware),

        // In Teams, reads card submits into the turn's incoming message and draws the replies of everything below as cards.
        typeof(TeamsChannelMiddleware),

        // Outside the turn lock, so a turn waiting behind another in its conversation shows it is coming.
        typeof(TypingIndicatorMiddleware),

        // One turn per conversation at a time, decided again on a conflict; a re-run repeats only the work below.
        typeof(SerialTurnMiddleware),

        // Last: each attempt checks the ledger for the activity and gathers its replies afresh.
        typeof(TurnOutboxMiddleware),
    ];

    public MiddlewareOrder(IServiceProvider services, IEnumerable<IMiddleware> added) =>
        InOrder = [.. Types.Select(type => (IMiddleware)services.GetRequiredService(type)), .. added];

    /// <summary>The instances, in the order an adapter runs them.</summary>
    public IReadOnlyList<IMiddleware> InOrder { get; }

    /// <summary>Registers each middleware of the list once, and the list itself; safe to call more than once.</summary>
    public static IServiceCollection AddTo(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddCoproTelemetryCore();
        foreach (var type in Types)
        {
            services.TryAddSingleton(type);
        }

        services.TryAddSingleton<MiddlewareOrder>();
        return services;
    }

    /// <summary>Has <paramref name="adapter"/> run the middleware in this order.</summary>
    public void ApplyTo(BotAdapter adapter)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        foreach (var middleware in InOrder)
        {
            adapter.Use(middleware);
        }
    }
}
