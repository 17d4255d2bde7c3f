using System.Diagnostics;
using System.Net;
using CoproBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace CoproBot.Tests.Reliability;

public sealed class HangingConnectorTests
{
    [Fact]
    public async Task AConnectorThatNeverAnswersIsGivenUpOnAfterBoundedAttemptsAndTheBotStaysResponsive()
    {
        await using var host = await BotHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["OutgoingCalls:MaxRetries"] = "1",
            ["OutgoingCalls:BaseDelayMilliseconds"] = "1",
            ["OutgoingCalls:AttemptTimeoutSeconds"] = "1",
            ["Bot:TypingDelayMilliseconds"] = "10000",
        });
        var never = new TaskCompletionSource();
        host.Connector.RespondAsync = async _ =>
        {
            await never.Task;
            return (IResult?)null;
        };

        var clock = Stopwatch.StartNew();
        var response = await host.PostActivityAsync(TeamsActivities.Personal(host.Connector.ServiceUrl, "a:hang", "help"));
        var took = clock.Elapsed;

        // The reply is tried twice, one second apiece, and then given up, with no apology sent into the same silence.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, host.Connector.Attempts);
        Assert.True(took < TimeSpan.FromSeconds(30), $"The turn took {took.TotalSeconds:F1} s.");
        never.SetResult();
        host.Connector.RespondAsync = _ => Task.FromResult<IResult?>(null);
        await host.PostActivityAsync(TeamsActivities.Personal(host.Connector.ServiceUrl, "a:hang-after", "help"));

        // The abandoned sends may still land once released; the new conversation's answer must arrive among them.
        var answered = false;
        for (var i = 0; i < 6 && !answered; i++)
        {
            answered = (await host.Connector.NextMessageAsync()).Conversation.Id == "a:hang-after";
        }

        Assert.True(answered, "The bot did not answer after the hanging connector.");
    }
}
