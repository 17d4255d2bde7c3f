using System.Net;
using CoproBot.Bot.BotFramework;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Reliability;

/// <summary>The bot as its own process with an app id, when the identity service fails and when junk floods the endpoint.</summary>
public sealed class TokenOutageTests(AuthenticatedBotFixture fixture) : IClassFixture<AuthenticatedBotFixture>
{
    private const string Conversation = "a:token-outage";
    private const string Question2 = "Question 2 of 3: Who needs to cooperate to fulfill this?";
    private const string Question3 = "Question 3 of 3: What do we need to improve?";
    private const int FailureBudget = 100;

    private readonly AuthenticatedBot _bot = fixture.Bot;

    [Fact]
    public async Task ATokenEndpointAnswering503MidReflectionKeepsThePersonsReflection()
    {
        var url = _bot.Connector.ServiceUrl;
        await _bot.SayAsync(TeamsActivities.Personal(url, Conversation, "reflect on ESTHER"));
        Assert.Equal([Question2], await _bot.SayAsync(TeamsActivities.Personal(url, Conversation, "Being heard")));

        // The identity service goes down just as the bot needs a token to send the next question.
        _bot.Identity.TokenEndpointDown = true;
        var answer = TeamsActivities.Personal(url, Conversation, "Her family and her GP");
        _bot.Connector.Drain();
        using (var during = await _bot.PostAsync(answer, _bot.Tokens.Genuine(url)))
        {
            Assert.Equal(HttpStatusCode.OK, during.StatusCode);
        }

        await _bot.App.WaitForOutputAsync("[1041]", TimeSpan.FromSeconds(30));
        Assert.Empty(_bot.Connector.Drain());

        // It recovers and the channel re-sends the same activity: processed, and the reflection goes on where it was.
        _bot.Identity.TokenEndpointDown = false;
        Assert.Equal([Question3], await _bot.SayAsync(answer));
        Assert.Contains("Your earlier answer: \"Her family and her GP\"", (await _bot.SayAsync(TeamsActivities.Personal(url, Conversation, "back")))[0], StringComparison.Ordinal);

        // Nothing was reset, no apology was attempted, and the secret stayed out of the logs.
        var output = _bot.App.Output;
        Assert.DoesNotContain("[1000]", output, StringComparison.Ordinal);
        Assert.DoesNotContain(_bot.Connector.All, r => r.Activity.Text == TurnErrorHandler.Apology);
        Assert.Contains(_bot.Identity.TokenRequests, form => form["client_secret"] == AuthenticatedBot.AppPassword);
        Assert.DoesNotContain(AuthenticatedBot.AppPassword, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenlessJunkIsCutOffWhileGenuineTurnsFromTheSameAddressAreServed()
    {
        var url = _bot.Connector.ServiceUrl;
        var junk = new List<HttpStatusCode>();
        var genuine = new List<HttpStatusCode>();

        // The bot's clock is the real one here, so the flood may straddle a minute: at most two budgets before a 429.
        for (var i = 0; i <= 2 * FailureBudget && !junk.Contains(HttpStatusCode.TooManyRequests); i++)
        {
            using var refused = await _bot.PostAsync(TeamsActivities.Personal(url, "a:junk", "hello"), token: null);
            junk.Add(refused.StatusCode);
            if (i % 25 == 24)
            {
                using var served = await _bot.PostAsync(TeamsActivities.Personal(url, $"a:meanwhile-{i}", "help"), _bot.Tokens.Genuine(url));
                genuine.Add(served.StatusCode);
            }
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, junk[^1]);
        Assert.All(junk.SkipLast(1), status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.All(genuine, status => Assert.Equal(HttpStatusCode.OK, status));

        // While its address is cut off, a genuine turn is still served, and a forged one is refused with the 429.
        Assert.NotEmpty(await _bot.SayAsync(TeamsActivities.Personal(url, "a:after-junk", "help")));
        using var forged = await _bot.PostAsync(TeamsActivities.Personal(url, "a:junk", "hello"), _bot.Tokens.SignedWithAnotherKey(url));
        Assert.Equal(HttpStatusCode.TooManyRequests, forged.StatusCode);
        Assert.True(forged.Headers.RetryAfter is not null);
        Assert.DoesNotContain(_bot.Connector.All, r => r.ConversationId == "a:junk");
    }
}
