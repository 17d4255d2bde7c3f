using System.Net;
using CoproBot.Bot.BotFramework;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Hosting;

public sealed class RateLimitTests
{
    [Fact]
    public async Task APersonSendingTooFastIsAskedKindlyToSlowDownWhileOthersAreAnswered()
    {
        await using var host = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["RateLimits:MessagesPerPersonPerMinute"] = "3" });
        var url = host.Connector.ServiceUrl;

        for (var i = 0; i < 4; i++)
        {
            await host.PostActivityAsync(Activities.Message(url, "conv-fast-person", "help", userId: "fast"));
        }

        await host.PostActivityAsync(Activities.Message(url, "conv-other", "help", userId: "other"));

        var texts = host.Connector.All.Where(a => a.Activity.Type == "message").Select(a => (a.Activity.Conversation.Id, a.Activity.Text)).ToList();
        Assert.Equal(ConversationRateLimitMiddleware.SlowDown, texts.Last(t => t.Id == "conv-fast-person").Text);
        Assert.Equal(3, texts.Count(t => t.Id == "conv-fast-person" && t.Text != ConversationRateLimitMiddleware.SlowDown));
        Assert.NotEqual(ConversationRateLimitMiddleware.SlowDown, texts.Single(t => t.Id == "conv-other").Text);
    }

    [Fact]
    public async Task ARawFloodAtTheEndpointGets429WithAProblemDetails()
    {
        await using var host = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["RateLimits:RequestsPerClientPerMinute"] = "5" });

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 7; i++)
        {
            last = await host.PostJsonAsync("/api/messages", "{\"type\":");
            statuses.Add(last.StatusCode);
        }

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.BadRequest));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal("application/problem+json", last!.Content.Headers.ContentType?.MediaType);
        Assert.True(last.Headers.RetryAfter is not null);
    }
}
