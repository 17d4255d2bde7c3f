using System.Diagnostics;
using CoproBot.Bot.Discord;
using CoproBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace CoproBot.Tests.Discord;

public sealed class DeferralTests
{
    private const string Slow = "a question that takes a while";

    [Fact]
    public async Task ASlowTurnIsDeferredAtTheDeadlineAndCompletedByEditingTheOriginal()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var probe = new TurnProbe { HoldText = Slow };
        await using var bot = await DiscordBot.StartAsync(services => services.AddSingleton<IMiddleware>(probe), time: time);
        var interaction = Interactions.Command("ask", ("question", Slow));

        var posting = bot.InteractAsync(interaction);
        await probe.Entered.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.False(posting.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(2000));
        var response = await posting.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal("{\"type\":5}", response.ToJsonString());
        Assert.Empty(bot.Api.Drain());

        probe.Release();
        var edit = await bot.Api.NextAsync();
        Assert.Equal("PATCH", edit.Method);
        Assert.Equal($"webhooks/{Interactions.ApplicationId}/{interaction["token"]}/messages/@original", edit.Path);
        Assert.Contains("Guiding question(s)", edit.Body!["embeds"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("{\"parse\":[]}", edit.Body["allowed_mentions"]!.ToJsonString());
    }

    [Fact]
    public async Task ASlowButtonPressIsAcknowledgedAndTheMessageEditedAfter()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var probe = new TurnProbe { HoldText = Slow };
        await using var bot = await DiscordBot.StartAsync(services => services.AddSingleton<IMiddleware>(probe), time: time);
        var press = Interactions.ButtonPress("v:" + Slow, new { id = "1800000000000000008", type = 0, components = Array.Empty<object>() });

        var posting = bot.InteractAsync(press);
        await probe.Entered.WaitAsync(TimeSpan.FromSeconds(15));
        time.Advance(TimeSpan.FromMilliseconds(2000));
        var response = await posting.WaitAsync(TimeSpan.FromSeconds(15));
        probe.Release();

        Assert.Equal(InteractionResponse.DeferredUpdateMessage, (int)response["type"]!);
        var edit = await bot.Api.NextAsync();
        Assert.Equal("PATCH", edit.Method);
        Assert.EndsWith("/messages/@original", edit.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnTheRealClockAHeldTurnIsStillAnsweredWellWithinDiscordsThreeSeconds()
    {
        var probe = new TurnProbe { HoldText = Slow };
        await using var bot = await DiscordBot.StartAsync(
            services => services.AddSingleton<IMiddleware>(probe),
            settings: new Dictionary<string, string?> { ["Discord:DeferAfterMilliseconds"] = "300" });

        await bot.InteractAsync(Interactions.Ping());
        var clock = Stopwatch.StartNew();
        var response = await bot.InteractAsync(Interactions.Command("ask", ("question", Slow)));
        clock.Stop();
        probe.Release();

        Assert.Equal(InteractionResponse.DeferredChannelMessage, (int)response["type"]!);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(2.5));
        Assert.Equal("PATCH", (await bot.Api.NextAsync()).Method);
    }
}
