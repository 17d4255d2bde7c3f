using CoproBot.Bot.State;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Reliability;

/// <summary>
/// The bot as a real process killed with SIGKILL at each point of a turn, restarted on the same store, and sent the
/// same activity again, as Teams re-sends a message it got no answer to.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class CrashedTurnTests(AzuriteFixture azurite)
{
    private const string Question1 = "Question 1 of 3:";
    private const string Question3 = "Question 3 of 3: What do we need to improve?";
    private const string Answer = "Her family and her GP";

    [Fact]
    public async Task KilledAfterTheStateReadBeforeItsWriteTheResendRunsTheTurnOnceAndTheAnswerIsKeptOnce()
    {
        // On Azure tables, through a hop that can hold the state write on its way to the store, as a slow account would.
        await using var proxy = await TableStorageProxy.StartAsync(azurite.Azurite);
        await using var crash = await CrashSite.StartAsync(TableStorageProxy.ConnectionStringThrough(azurite.Azurite, proxy));
        await crash.SayAsync("reflect on ESTHER");
        await crash.SayAsync("Being heard");

        var answer = crash.Message(Answer);
        var write = proxy.HoldNextWrite(crash.TablePrefix + TableBotStorage.Table, CrashSite.PersonStateKey);
        var turn = crash.PostAsync(answer);
        var held = await write.Reached.WaitAsync(TimeSpan.FromSeconds(60));
        await crash.KillAsync();
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => turn);

        // The turn had read the person's state row and was saving the answer in it when it died; nothing had gone out.
        Assert.True(write.EntityWasReadFirst);
        Assert.Contains(Answer, held, StringComparison.Ordinal);
        Assert.Equal(0, crash.Count(Question3));

        await crash.RestartAsync();
        await crash.PostAsync(answer);

        Assert.Equal(1, crash.Count(Question3));
        Assert.Equal(1, CrashSite.Count("Your earlier answer: \"" + Answer + "\"", await crash.SayAsync("back")));
        Assert.Equal(1, CrashSite.Count("Your earlier answer: \"Being heard\"", await crash.SayAsync("back")));
    }

    [Fact]
    public async Task KilledWhileCrisisSupportGoesOutBeforeTheStateWriteTheResendOffersItOnceAndTheReflectionResumesWhereItWas()
    {
        await using var crash = await CrashSite.StartAsync();
        await crash.SayAsync("reflect on ESTHER");
        await crash.SayAsync("Being heard");

        // Support is the one reply sent before the turn's state write: held there, it holds the turn between its read and its write.
        var words = crash.Message("I want to die");
        await crash.KillWhileSendingAsync(words, heldMessage: 1);
        await crash.RestartAsync();
        await crash.PostAsync(words);

        Assert.Equal(1, CrashSite.Count("I've paused our reflection", [.. crash.Messages().Select(Replies.TextOf)]));
        Assert.Contains(await crash.SayAsync("continue"), text => text.Contains("Question 2 of 3", StringComparison.Ordinal));
        Assert.Equal(1, CrashSite.Count("Your earlier answer: \"Being heard\"", await crash.SayAsync("back")));
    }

    [Fact]
    public async Task KilledAfterTheStateWriteBeforeAnyReplyTheResendDeliversTheReplyOnceAndTheAnswerIsKeptOnce()
    {
        await using var crash = await CrashSite.StartAsync();
        await crash.SayAsync("reflect on ESTHER");
        await crash.SayAsync("Being heard");

        var answer = crash.Message(Answer);
        await crash.KillWhileSendingAsync(answer, heldMessage: 1);
        await crash.RestartAsync();
        await crash.PostAsync(answer);

        Assert.Equal(1, crash.Count(Question3));
        Assert.Equal(1, CrashSite.Count("Your earlier answer: \"" + Answer + "\"", await crash.SayAsync("back")));
    }

    [Fact]
    public async Task KilledBetweenTheFirstAndTheLastReplyTheResendDeliversOnlyTheRestOnce()
    {
        await using var crash = await CrashSite.StartAsync();

        // Starting a reflection answers with two messages: the introduction, then the first question.
        var start = crash.Message("reflect on ESTHER");
        await crash.KillWhileSendingAsync(start, heldMessage: 2);
        var introduction = Replies.TextOf(Assert.Single(crash.Messages()));
        await crash.RestartAsync();
        await crash.PostAsync(start);

        Assert.Equal(1, crash.Count(introduction));
        Assert.Equal(1, crash.Count(Question1));
        Assert.Equal(2, crash.Messages().Count);
    }

    [Fact]
    public async Task KilledAfterTheLastReplyTheResendIsIgnoredAndTheReflectionGoesOnFromThere()
    {
        await using var crash = await CrashSite.StartAsync();
        await crash.SayAsync("reflect on ESTHER");
        await crash.SayAsync("Being heard");
        var answer = crash.Message(Answer);
        await crash.PostAsync(answer);
        await crash.KillAsync();

        await crash.RestartAsync();
        await crash.PostAsync(answer);

        Assert.Equal(1, crash.Count(Question3));
        Assert.Equal(1, CrashSite.Count("Your earlier answer: \"" + Answer + "\"", await crash.SayAsync("back")));
    }
}
