using System.Net;
using System.Text.Json.Nodes;
using CoproBot.Bot.Discord;
using CoproBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace CoproBot.Tests.Reliability;

/// <summary>A local Discord API that answers 500s and 503s, or never answers, as the real one sometimes does.</summary>
public sealed class DiscordApiFaultTests
{
    private const string Token = "interaction-token-faults";

    // Answers that come at once are given ample time, so a loaded machine cannot turn a 500 into a time-out.
    private static readonly Dictionary<string, string?> FastRetries = new()
    {
        ["OutgoingCalls:MaxRetries"] = "2",
        ["OutgoingCalls:BaseDelayMilliseconds"] = "1",
        ["OutgoingCalls:AttemptTimeoutSeconds"] = "15",
    };

    // Only the API that never answers needs short attempts: each is waited out.
    private static readonly Dictionary<string, string?> ShortAttempts = new(FastRetries) { ["OutgoingCalls:AttemptTimeoutSeconds"] = "1" };

    [Fact]
    public async Task AnEditAnswered500IsRetriedWithBackoffUntilItLands()
    {
        await using var bot = await DiscordBot.StartAsync(settings: FastRetries);
        var calls = 0;
        bot.Api.Respond = _ => Interlocked.Increment(ref calls) <= 2 ? Results.StatusCode(StatusCodes.Status500InternalServerError) : null;

        var edited = await Rest(bot).EditOriginalAsync(Interactions.ApplicationId, Token, Message("edited"), CancellationToken.None);

        Assert.NotNull(edited?["id"]);
        Assert.Equal(3, bot.Api.Drain().Count);
    }

    [Fact]
    public async Task ANewMessageAnswered500IsNotSentAgainSoItCanNeverAppearTwice()
    {
        await using var bot = await DiscordBot.StartAsync(settings: FastRetries);
        bot.Api.Respond = _ => Results.StatusCode(StatusCodes.Status500InternalServerError);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() =>
            Rest(bot).CreateFollowupAsync(Interactions.ApplicationId, Token, Message("follow-up"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Single(bot.Api.Drain());
    }

    [Fact]
    public async Task ANewMessageAnswered503WasNotTakenAndIsSentAgain()
    {
        await using var bot = await DiscordBot.StartAsync(settings: FastRetries);
        var calls = 0;
        bot.Api.Respond = _ => Interlocked.Increment(ref calls) == 1 ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable) : null;

        var sent = await Rest(bot).CreateMessageAsync(Interactions.ChannelId, Message("reminder"), CancellationToken.None);

        Assert.NotNull(sent?["id"]);
        Assert.Equal(2, bot.Api.Drain().Count);
    }

    [Fact]
    public async Task AnApiThatNeverAnswersIsGivenUpOnAfterBoundedTimedAttempts()
    {
        await using var bot = await DiscordBot.StartAsync(settings: ShortAttempts);
        var never = new TaskCompletionSource();
        bot.Api.Respond = _ => new NoAnswer(never.Task);

        // An edit is tried three times, a second each; a new message once, since it may already have been made.
        await Assert.ThrowsAsync<TimeoutException>(() => Rest(bot).EditOriginalAsync(Interactions.ApplicationId, Token, Message("edit"), CancellationToken.None));
        Assert.Equal(3, bot.Api.Drain().Count);
        await Assert.ThrowsAsync<TimeoutException>(() => Rest(bot).CreateFollowupAsync(Interactions.ApplicationId, Token, Message("new"), CancellationToken.None));
        Assert.Single(bot.Api.Drain());

        never.SetResult();
        bot.Api.Respond = _ => null;
        Assert.NotNull(await Rest(bot).CreateFollowupAsync(Interactions.ApplicationId, Token, Message("later"), CancellationToken.None));
    }

    [Fact]
    public async Task WhenTheWebhookKeepsFailingTheLostReplyIsLoggedWithItsConversationAndTheBotAnswersTheNextInteraction()
    {
        const string slow = "a question that takes a while";
        var logs = new CapturedLogs();
        var probe = new TurnProbe { HoldText = slow };
        var settings = new Dictionary<string, string?>(FastRetries) { ["Discord:DeferAfterMilliseconds"] = "300" };
        await using var bot = await DiscordBot.StartAsync(
            services =>
            {
                services.AddSingleton<IMiddleware>(probe);
                logs.AddTo(services);
            },
            settings: settings);

        var deferred = await bot.InteractAsync(Interactions.Command("ask", ("question", slow)));
        Assert.Equal(InteractionResponse.DeferredChannelMessage, (int)deferred["type"]!);
        bot.Api.Respond = _ => Results.StatusCode(StatusCodes.Status502BadGateway);
        probe.Release();

        // The edit of the deferred original is tried three times, then the turn's failure is logged, naming the conversation.
        var lost = await logs.WaitForEventAsync(1007);
        Assert.Contains(Interactions.ChannelId, lost.Text, StringComparison.Ordinal);
        Assert.Equal(3, bot.Api.Drain().Count(call => call.Method == "PATCH"));

        bot.Api.Respond = _ => null;
        var next = await bot.InteractAsync(Interactions.Command("ask", ("question", "What are ESTHER's principles?")));

        // On the real clock a busy machine may take longer than the 300 ms after which this test's turns are deferred;
        // then the answer comes as the edit of the deferred original. Either way, the new interaction is answered.
        var answer = (int)next["type"]! == InteractionResponse.DeferredChannelMessage ? (await bot.Api.NextAsync()).Body! : next;
        Assert.Contains((int)next["type"]!, new[] { InteractionResponse.ChannelMessage, InteractionResponse.DeferredChannelMessage });
        Assert.Contains("Balancing power", answer.ToJsonString(), StringComparison.Ordinal);
    }

    private static DiscordRestClient Rest(DiscordBot bot) => bot.Services.GetRequiredService<DiscordRestClient>();

    private static JsonObject Message(string content) => new() { ["content"] = content, ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() } };

    /// <summary>Holds the request open, answering nothing, until released or the caller gives up.</summary>
    private sealed class NoAnswer(Task release) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            try
            {
                await release.WaitAsync(httpContext.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }
    }
}
