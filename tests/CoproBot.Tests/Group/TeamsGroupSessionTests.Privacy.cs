using CoproBot.Dialogs.Languages;
using Microsoft.Bot.Schema;

namespace CoproBot.Tests.Group;

/// <summary>A group session in a Teams channel: forgetting, cards, crisis words, and what is not for the session.</summary>
public sealed partial class TeamsGroupSessionTests
{
    [Fact]
    public async Task ForgetMeRemovesTheirContributionsFromEverySession()
    {
        var other = new TeamsChannel(_host, "19:other@thread.tacv2");
        foreach (var channel in new[] { _channel, other })
        {
            await channel.SayAsync("Alex", "facilitate ESTHER open");
            await channel.SayAsync("Sam", "Something Sam said");
            await channel.SayAsync("Jo", "Something Jo said");
        }

        await _channel.SayAsync("Sam", "forget me");
        Assert.Contains(await _channel.SayAsync("Sam", "yes, forget me"), a => a.Text == Language.English[Phrase.PrivacyForgotten]);

        foreach (var channel in new[] { _channel, other })
        {
            var export = Assert.Single(await channel.SayAsync("Alex", "export markdown")).Text;
            Assert.DoesNotContain("Sam", export, StringComparison.Ordinal);
            Assert.Contains("- Jo: Something Jo said", export, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ACardSentBeforeTheFacilitatorMovedOnCountsForTheQuestionItAnswered()
    {
        await _channel.SayAsync("Alex", "facilitate ESTHER open");
        await _channel.SayAsync("Alex", "next");

        await _channel.SubmitAsync("Sam", "An answer to the first question", step: 1);

        var summary = (await _channel.SayAsync("Alex", "end"))[^1].Text;
        var first = summary.IndexOf("Question 1 of 3", StringComparison.Ordinal);
        var second = summary.IndexOf("Question 2 of 3", StringComparison.Ordinal);
        var answer = summary.IndexOf("An answer to the first question", StringComparison.Ordinal);
        Assert.InRange(answer, first, second);
    }

    [Fact]
    public async Task CrisisWordsInACardGetSupportAndAreNeitherStoredNorShown()
    {
        await _channel.SayAsync("Alex", "facilitate ESTHER silently");

        var support = Assert.Single(await _channel.SubmitAsync("Sam", "I want to end my life", step: 1));

        Assert.DoesNotContain("end my life", support.Text, StringComparison.Ordinal);
        var reveal = Assert.Single(await _channel.SayAsync("Alex", "reveal")).Text;
        Assert.DoesNotContain("end my life", reveal, StringComparison.Ordinal);
        Assert.Contains("No contributions", reveal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonFacilitatorCommandsAndQuestionsOutsideASessionGoToTheRestOfTheBot()
    {
        var answer = Assert.Single(await _channel.SayAsync("Sam", "next"));

        Assert.DoesNotContain("facilitator", answer.Text ?? string.Empty, StringComparison.Ordinal);
    }
}
