using CoproBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;

namespace CoproBot.Tests.Reliability;

/// <summary>The Bot Connector failing for real (a listener answering 503) while a person is mid-reflection.</summary>
public sealed class UndeliveredReplyTests
{
    private const string Conversation = "a:undelivered";
    private const string Question2 = "Question 2 of 3: Who needs to cooperate to fulfill this?";
    private const string Question3 = "Question 3 of 3: What do we need to improve?";

    [Fact]
    public async Task AQuestionThatCouldNotBeDeliveredIsNotTreatedAsSeenAndTheSameMessageRedeliveredGoesOn()
    {
        var logs = new CapturedLogs();
        await using var host = await BotHost.StartAsync(
            settings: new Dictionary<string, string?>
            {
                ["OutgoingCalls:MaxRetries"] = "1",
                ["OutgoingCalls:BaseDelayMilliseconds"] = "1",
                ["Bot:TypingDelayMilliseconds"] = "10000",
            },
            services: logs.AddTo);
        var url = host.Connector.ServiceUrl;
        await SayAsync(host, "reflect on ESTHER");
        Assert.Equal([Question2], await SayAsync(host, "Being heard"));

        host.Connector.RespondAsync = _ => Task.FromResult<IResult?>(Results.StatusCode(StatusCodes.Status503ServiceUnavailable));
        var answer = TeamsActivities.Personal(url, Conversation, "Her family and her GP");
        var before = host.Connector.Attempts;
        var during = await host.PostActivityAsync(answer);

        // The next question was tried twice and given up; no apology was piled on, and nothing was reset.
        Assert.Equal(System.Net.HttpStatusCode.OK, during.StatusCode);
        Assert.Equal(2, host.Connector.Attempts - before);
        var failure = Assert.Single(logs.Lines, line => line.EventId == 1007);
        Assert.Equal(LogLevel.Error, failure.Level);
        Assert.Contains(Conversation, failure.Text, StringComparison.Ordinal);

        // The channel recovers and re-sends the very same activity: it is processed, not dropped as a duplicate.
        host.Connector.RespondAsync = _ => Task.FromResult<IResult?>(null);
        Assert.Equal([Question3], await host.PostAsync(answer));

        // The answer is kept once, in its place, and the reflection went on from where the person last was.
        Assert.Contains("Your earlier answer: \"Her family and her GP\"", (await SayAsync(host, "back"))[0], StringComparison.Ordinal);
    }

    private static Task<List<string>> SayAsync(BotHost host, string text) =>
        host.PostAsync(TeamsActivities.Personal(host.Connector.ServiceUrl, Conversation, text));
}
