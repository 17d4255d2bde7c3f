using System.Diagnostics;
using CoproBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace CoproBot.Tests.Teams;

public sealed class ConnectorThrottlingTests
{
    [Fact]
    public async Task A429WithRetryAfterIsWaitedOutAndTheReplyStillArrives()
    {
        await using var host = await BotHost.StartAsync(settings: NoTyping);
        var attempts = new List<TimeSpan>();
        var clock = Stopwatch.StartNew();
        host.Connector.RespondAsync = activity =>
        {
            lock (attempts)
            {
                attempts.Add(clock.Elapsed);
                if (attempts.Count == 1)
                {
                    return Task.FromResult<IResult?>(new TooManyRequests(1));
                }
            }

            return Task.FromResult<IResult?>(null);
        };

        await host.PostActivityAsync(TeamsActivities.Personal(host.Connector.ServiceUrl, "a:throttled", "help"));
        var reply = await host.Connector.NextMessageAsync();

        Assert.Equal(2, attempts.Count);
        Assert.True(attempts[1] - attempts[0] >= TimeSpan.FromMilliseconds(900), $"The retry came after {(attempts[1] - attempts[0]).TotalMilliseconds} ms, before Retry-After allowed.");
        Assert.Equal("a:throttled", reply.Conversation.Id);
    }

    [Fact]
    public async Task AConnectorThatKeepsFailingIsTriedABoundedNumberOfTimes()
    {
        await using var host = await BotHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["OutgoingCalls:MaxRetries"] = "2",
            ["OutgoingCalls:BaseDelayMilliseconds"] = "1",
            ["Bot:TypingDelayMilliseconds"] = "10000",
        });
        host.Connector.RespondAsync = _ => Task.FromResult<IResult?>(Results.StatusCode(StatusCodes.Status503ServiceUnavailable));

        var response = await host.PostActivityAsync(TeamsActivities.Personal(host.Connector.ServiceUrl, "a:failing", "help"));

        // The reply is tried three times in all, then given up; an apology would only fail the same way, so none is tried.
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, host.Connector.Attempts);
    }

    // A typing indicator would be one more send; these tests count the reply's attempts alone.
    private static Dictionary<string, string?> NoTyping => new() { ["Bot:TypingDelayMilliseconds"] = "10000" };

    private sealed class TooManyRequests(int retryAfterSeconds) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            httpContext.Response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        }
    }
}
