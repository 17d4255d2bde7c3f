using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using CoproBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoproBot.Tests.Hosting;

/// <summary>Junk at a high rate is cut off by its address, over real loopback connections, while real turns go on.</summary>
public sealed class FailedRequestLimitTests
{
    private const int DefaultBudget = 100;
    private const string Junk = "{\"type\":";

    [Fact]
    public async Task UnauthenticatedJunkAtAHighRateIsCutOffWithoutRefusingRealTurnsFromTheSameAddress()
    {
        // The bot's clock stands still, so the whole flood falls in one of its minutes.
        var logs = new CapturedLogs();
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-29T10:00:00Z", CultureInfo.InvariantCulture));
        var logLevel = new Dictionary<string, string?> { ["Logging:LogLevel:CoproBot.Bot.BotFramework.CoproAdapter"] = "Information" };
        await using var host = await BotHost.StartAsync(kestrel: true, settings: logLevel, services: s =>
        {
            logs.AddTo(s);
            s.AddSingleton<TimeProvider>(time);
        });
        var junk = new List<HttpResponseMessage>();
        var turns = new List<HttpStatusCode>();

        for (var i = 0; i < 1000; i++)
        {
            junk.Add(await host.PostJsonAsync("/api/messages", Junk));
            if (i % 50 == 49)
            {
                using var turn = await host.PostActivityAsync(Activities.Message(host.Connector.ServiceUrl, $"conv-real-{i}", "help", userId: $"person-{i}"));
                turns.Add(turn.StatusCode);
            }
        }

        Assert.All(junk.Take(DefaultBudget), response => Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode));
        Assert.All(junk.Skip(DefaultBudget), response => Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode));
        var refused = junk[^1];
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.InRange(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);

        // Every real turn in between was served and answered, before and after the cut-off.
        Assert.Equal(20, turns.Count);
        Assert.All(turns, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(20, host.Connector.All.Where(r => r.Activity.Type == "message").Select(r => r.ConversationId).Distinct().Count());

        // The cut-off is logged once; the refused junk is not logged one by one.
        Assert.Single(logs.Lines, line => line.EventId == 1040);
        Assert.Equal(DefaultBudget, logs.Lines.Count(line => line.EventId == 1010));
    }

    [Fact]
    public async Task ACutOffEndsWithItsMinuteOnTheBotsClock()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-29T10:00:00Z", CultureInfo.InvariantCulture));
        await using var host = await BotHost.StartAsync(kestrel: true, services: s => s.AddSingleton<TimeProvider>(time));
        for (var i = 0; i < DefaultBudget; i++)
        {
            (await host.PostJsonAsync("/api/messages", Junk)).Dispose();
        }

        using var cutOff = await host.PostJsonAsync("/api/messages", Junk);
        time.Advance(TimeSpan.FromMinutes(1));
        using var afterwards = await host.PostJsonAsync("/api/messages", Junk);

        Assert.Equal(HttpStatusCode.TooManyRequests, cutOff.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, afterwards.StatusCode);
    }

    [Fact]
    public async Task XForwardedForFromASenderThatIsNoKnownProxyChangesNothing()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-29T10:00:00Z", CultureInfo.InvariantCulture));
        await using var host = await BotHost.StartAsync(kestrel: true, services: s => s.AddSingleton<TimeProvider>(time));
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= DefaultBudget; i++)
        {
            // A flood that names a new origin on every request is still counted as the address it comes from.
            using var response = await PostJunkAsync(host, forwardedFor: $"198.51.100.{i % 250}");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task BehindAKnownProxyEachOriginalClientIsCountedOnItsOwn()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-29T10:00:00Z", CultureInfo.InvariantCulture));
        var settings = new Dictionary<string, string?>
        {
            ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
            ["ForwardedHeaders:KnownProxies:1"] = "::1",
        };
        await using var host = await BotHost.StartAsync(kestrel: true, settings: settings, services: s => s.AddSingleton<TimeProvider>(time));
        for (var i = 0; i < DefaultBudget; i++)
        {
            (await PostJunkAsync(host, forwardedFor: "203.0.113.7")).Dispose();
        }

        using var flooder = await PostJunkAsync(host, forwardedFor: "203.0.113.7");
        using var someoneElse = await PostJunkAsync(host, forwardedFor: "203.0.113.8");

        Assert.Equal(HttpStatusCode.TooManyRequests, flooder.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, someoneElse.StatusCode);
    }

    [Fact]
    public async Task AKnownProxyThatIsNotAnAddressOrNetworkStopsTheBotAtStartNamingTheSetting()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var host = await BotHost.StartAsync(kestrel: true, settings: new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies:0"] = "the-front-door" });
        });

        Assert.Contains("ForwardedHeaders:KnownProxies", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgedDiscordInteractionsAreCutOffWhileSignedOnesFromTheSameAddressAreAnswered()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await DiscordBot.StartAsync(time: time, kestrel: true);
        var body = JsonSerializer.SerializeToUtf8Bytes(Interactions.Ping());
        var forged = new List<HttpStatusCode>();
        for (var i = 0; i < DefaultBudget + 50; i++)
        {
            using var response = await bot.PostRawAsync(body, new string('0', 128), DiscordSigner.TimestampOf(bot.Time.GetUtcNow()));
            forged.Add(response.StatusCode);
        }

        var pong = await bot.InteractAsync(Interactions.Ping());

        Assert.All(forged.Take(DefaultBudget), status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.All(forged.Skip(DefaultBudget), status => Assert.Equal(HttpStatusCode.TooManyRequests, status));
        Assert.Equal(1, (int)pong["type"]!);
    }

    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    public void AnIPv6ClientIsCountedByItsNetworkSinceOneHostHoldsAWhole64(string address, string countedAs)
    {
        Assert.Equal(countedAs, CoproBot.Bot.BotFramework.FailedRequestLimiter.ClientOf(IPAddress.Parse(address)));
    }

    private static Task<HttpResponseMessage> PostJunkAsync(BotHost host, string forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(Junk, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return host.Client.SendAsync(request);
    }
}
