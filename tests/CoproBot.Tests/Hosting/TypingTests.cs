using System.Globalization;
using CoproBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoproBot.Tests.Hosting;

public sealed class TypingTests
{
    [Fact]
    public async Task ASlowTurnShowsATypingIndicatorBeforeItsReply()
    {
        await using var host = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["Bot:TypingDelayMilliseconds"] = "50" });
        var typingSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // The reply's delivery is held until a typing indicator has arrived, so the turn is slow for as long as it must be.
        host.Connector.RespondAsync = async activity =>
        {
            if (activity.Type == ActivityTypes.Typing)
            {
                typingSeen.TrySetResult();
            }
            else
            {
                await typingSeen.Task.WaitAsync(TimeSpan.FromSeconds(15));
            }

            return (IResult?)null;
        };

        await host.PostActivityAsync(Activities.Message(host.Connector.ServiceUrl, "conv-typing", "help"));

        var sent = host.Connector.All.Select(a => a.Activity.Type).ToList();
        Assert.Equal(ActivityTypes.Typing, sent[0]);
        Assert.Contains(ActivityTypes.Message, sent);
    }

    [Fact]
    public async Task AFastTurnShowsNoTypingIndicator()
    {
        await using var host = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["Bot:TypingDelayMilliseconds"] = "5000" });

        await host.PostActivityAsync(Activities.Message(host.Connector.ServiceUrl, "conv-fast", "help"));

        Assert.DoesNotContain(host.Connector.All, a => a.Activity.Type == ActivityTypes.Typing);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ABusyInstanceShowsNoTypingIndicatorsSoItsRepliesGoFirst(bool busy)
    {
        // One turn per core is "busy" here; one turn more than the cores makes the instance busy.
        var turns = busy ? Environment.ProcessorCount + 1 : 1;
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-01T10:00:00Z", CultureInfo.InvariantCulture));
        await using var host = await BotHost.StartAsync(
            settings: new Dictionary<string, string?> { ["Bot:TypingDelayMilliseconds"] = "500", ["Bot:TypingTurnsPerCore"] = "1" },
            services: s => s.AddSingleton<TimeProvider>(time));
        var held = 0;
        var allHeld = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Every turn's reply is held at the channel, so all of them are in progress at once.
        host.Connector.RespondAsync = async activity =>
        {
            if (activity.Type == ActivityTypes.Message)
            {
                if (Interlocked.Increment(ref held) == turns)
                {
                    allHeld.TrySetResult();
                }

                await release.Task.WaitAsync(TimeSpan.FromSeconds(15));
            }

            return (IResult?)null;
        };

        var posts = Enumerable.Range(0, turns)
            .Select(i => host.PostActivityAsync(Activities.Message(host.Connector.ServiceUrl, $"conv-busy-{i}", "help", userId: $"person-{i}")))
            .ToList();
        await allHeld.Task.WaitAsync(TimeSpan.FromSeconds(15));
        time.Advance(TimeSpan.FromSeconds(1));
        release.TrySetResult();
        await Task.WhenAll(posts);

        var typing = host.Connector.All.Count(a => a.Activity.Type == ActivityTypes.Typing);
        Assert.Equal(busy ? 0 : 1, typing);
        Assert.Equal(turns, host.Connector.All.Count(a => a.Activity.Type == ActivityTypes.Message));
    }
}
