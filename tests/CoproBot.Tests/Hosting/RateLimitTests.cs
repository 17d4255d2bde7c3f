using System.Globalization;
using CoproBot.Bot.BotFramework;
using CoproBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoproBot.Tests.Hosting;

/// <summary>The limits on people and conversations, inside the turn, on default settings and the bot's own clock.</summary>
public sealed class RateLimitTests
{
    private const string Channel = "19:busy-channel@thread.tacv2";

    [Fact]
    public async Task APersonSendingAHundredMessagesInAMinuteIsAskedKindlyToSlowDownWhileOthersInTheChannelAreAnswered()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-29T10:00:00Z", CultureInfo.InvariantCulture));
        await using var host = await BotHost.StartAsync(services: s => s.AddSingleton<TimeProvider>(time));
        var url = host.Connector.ServiceUrl;
        var fast = new List<List<string>>();
        var others = new List<List<string>>();

        for (var i = 0; i < 100; i++)
        {
            fast.Add(await host.PostAsync(TeamsActivities.Channel(url, Channel, "what are ESTHER's principles?", userId: "fast-person")));
            if (i % 10 == 5)
            {
                others.Add(await host.PostAsync(TeamsActivities.Channel(url, Channel, "what are ESTHER's principles?", userId: $"colleague-{i}")));
            }

            time.Advance(TimeSpan.FromMilliseconds(600));
        }

        // The first burst is answered; then the person is told, once per run of refused messages, and the rest wait.
        var answered = fast.Count(replies => replies.Count > 0 && replies[0] != ConversationRateLimitMiddleware.SlowDown);
        var told = fast.Count(replies => replies.SequenceEqual([ConversationRateLimitMiddleware.SlowDown]));
        var silent = fast.Count(replies => replies.Count == 0);
        Assert.InRange(answered, 30, 70);
        Assert.True(told > 0, "The fast person was never asked to slow down.");
        Assert.Equal(100, answered + told + silent);
        Assert.True(fast.Take(30).All(replies => replies.Count > 0 && replies[0] != ConversationRateLimitMiddleware.SlowDown), "A person's first 30 messages are all answered.");

        // Everyone else in the same channel was answered every time, and the channel was never called busy.
        Assert.Equal(10, others.Count);
        Assert.All(others, replies => Assert.StartsWith("**ESTHER", Assert.Single(replies), StringComparison.Ordinal));
        Assert.DoesNotContain(host.Connector.All, r => r.Activity.Text == ConversationRateLimitMiddleware.BusyConversation);
    }

    [Fact]
    public async Task AfterAQuietMinuteAPersonWhoWasSlowedDownIsAnsweredAgain()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-29T10:00:00Z", CultureInfo.InvariantCulture));
        await using var host = await BotHost.StartAsync(
            settings: new Dictionary<string, string?> { ["RateLimits:MessagesPerPersonPerMinute"] = "3" },
            services: s => s.AddSingleton<TimeProvider>(time));
        var url = host.Connector.ServiceUrl;
        var replies = new List<List<string>>();
        for (var i = 0; i < 5; i++)
        {
            replies.Add(await host.PostAsync(Activities.Message(url, "conv-fast-person", "help", userId: "fast")));
        }

        time.Advance(TimeSpan.FromMinutes(1));
        var later = await host.PostAsync(Activities.Message(url, "conv-fast-person", "help", userId: "fast"));

        Assert.All(replies.Take(3), r => Assert.NotEqual(ConversationRateLimitMiddleware.SlowDown, Assert.Single(r)));
        Assert.Equal([ConversationRateLimitMiddleware.SlowDown], replies[3]);
        Assert.Empty(replies[4]);
        Assert.NotEqual(ConversationRateLimitMiddleware.SlowDown, Assert.Single(later));
    }

    [Fact]
    public async Task AConversationBusierThanItsLimitIsToldSoOnceWhileOtherConversationsAreAnswered()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-29T10:00:00Z", CultureInfo.InvariantCulture));
        await using var host = await BotHost.StartAsync(services: s => s.AddSingleton<TimeProvider>(time));
        var url = host.Connector.ServiceUrl;

        // 130 people at once, each within their own limit, in one channel whose limit is 120 a minute.
        var busy = new List<List<string>>();
        for (var person = 0; person < 130; person++)
        {
            busy.Add(await host.PostAsync(TeamsActivities.Channel(url, Channel, "help", userId: $"person-{person}")));
        }

        var elsewhere = await host.PostAsync(TeamsActivities.Channel(url, "19:quiet-channel@thread.tacv2", "help", userId: "person-0"));

        Assert.All(busy.Take(120), replies => Assert.NotEqual(ConversationRateLimitMiddleware.BusyConversation, Assert.Single(replies)));
        Assert.Equal([ConversationRateLimitMiddleware.BusyConversation], busy[120]);
        Assert.All(busy.Skip(121), Assert.Empty);
        Assert.NotEqual(ConversationRateLimitMiddleware.BusyConversation, Assert.Single(elsewhere));
        Assert.DoesNotContain(host.Connector.All, r => r.Activity.Type == ActivityTypes.Message && r.Activity.Text == ConversationRateLimitMiddleware.SlowDown);
    }
}
