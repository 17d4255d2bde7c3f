using CoproBot.Bot.BotFramework;
using CoproBot.Bot.Discord;
using CoproBot.Bot.Observability;
using CoproBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace CoproBot.Tests.Wiring;

public sealed class MiddlewareOrderTests
{
    [Fact]
    public async Task BothAdaptersRunTheOneListOfMiddlewareInItsOrderWithAnAddedStepNextToTheBot()
    {
        var probe = new TurnProbe();
        await using var host = await BotHost.StartAsync(services: s => s.AddSingleton<IMiddleware>(probe));

        var teams = AdapterMiddleware.Of(host.Services.GetRequiredService<CoproAdapter>());
        var discord = AdapterMiddleware.Of(host.Services.GetRequiredService<DiscordAdapter>());

        Type[] expected = [.. MiddlewareOrder.Types, typeof(TurnProbe)];
        Assert.Equal(expected, teams.Select(m => m.GetType()));
        Assert.Equal(expected, discord.Select(m => m.GetType()));

        // The same instances, so a turn lock or a rate limit holds across channels.
        Assert.Equal(teams, discord);

        // The reasons the list gives, checked where they would break: measured whole, refused early, the outbox innermost.
        Assert.Equal(typeof(TurnTelemetryMiddleware), MiddlewareOrder.Types[0]);
        Assert.Equal(typeof(ConversationRateLimitMiddleware), MiddlewareOrder.Types[1]);
        Assert.Equal([typeof(SerialTurnMiddleware), typeof(TurnOutboxMiddleware)], MiddlewareOrder.Types.TakeLast(2));

        // And that set is what a turn goes through: the probe, last of it, sees the message.
        var response = await host.PostActivityAsync(Activities.Message(host.Connector.ServiceUrl, "conv-order", "hello"));
        response.EnsureSuccessStatusCode();
        Assert.Contains(probe.Received, activity => activity.Text == "hello");
    }
}
