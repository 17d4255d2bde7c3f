using CoproBot.Dialogs.Languages;
using CoproBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;

namespace CoproBot.Tests.Care;

/// <summary>Words of crisis get support first however they arrive, and are never kept: typed, in a card, at a yes/no question, as a contribution.</summary>
public sealed class CrisisEverywhereTests : IAsyncLifetime
{
    private const string Support = "I'm really sorry you're going through this";
    private const string Q1 = "Question 1 of 3: What is best for, or important to, Esther?";
    private readonly CapturedLogs _logs = new();
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync(
        settings: new Dictionary<string, string?> { ["RateLimits:MessagesPerPersonPerMinute"] = "1000", ["RateLimits:MessagesPerConversationPerMinute"] = "1000" },
        services: _logs.AddTo);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ACrisisTypedAsAReflectionAnswerGetsSupportPausesTheReflectionAndIsNotKept()
    {
        const string words = "I have been thinking about suicide every night";
        await SayAsync("a:care-typed", "reflect on ESTHER");
        await SayAsync("a:care-typed", "Her own view of what matters");

        var support = Assert.Single(await SayAsync("a:care-typed", words));

        Assert.StartsWith(Support, support, StringComparison.Ordinal);
        Assert.Contains("I've paused our reflection", support, StringComparison.Ordinal);
        Assert.Equal(Language.English[Phrase.ReflectionWelcomeBack], (await SayAsync("a:care-typed", "continue"))[0]);
        CareTraces.AssertNowhere(_host, _logs, words, "every night");
    }

    [Fact]
    public async Task ACrisisInACardSubmitGetsSupportAndIsNeverKeptAsTheAnswer()
    {
        const string words = "honestly I want to kill myself";
        await SayAsync("a:care-card", "reflect on ESTHER");

        var support = Assert.Single(await SubmitAsync("a:care-card", new { answer = words, step = new { kind = "Question", index = 0 } }));
        var resumed = await SayAsync("a:care-card", "continue");

        Assert.StartsWith(Support, support, StringComparison.Ordinal);
        Assert.Contains("I've paused our reflection", support, StringComparison.Ordinal);
        Assert.Equal([Language.English[Phrase.ReflectionWelcomeBack], Q1], resumed);
        CareTraces.AssertNowhere(_host, _logs, words, "kill myself");
    }

    [Fact]
    public async Task ACrisisAtTheEndThisReflectionQuestionGetsSupportInsteadOfTheQuestionAgainAndEndsNothing()
    {
        const string words = "I want to end my life";
        await SayAsync("a:care-confirm", "reflect on ESTHER");
        Assert.Equal(Language.English[Phrase.ReflectionConfirmCancel], Assert.Single(await SayAsync("a:care-confirm", "cancel")));

        var support = Assert.Single(await SayAsync("a:care-confirm", words));

        Assert.StartsWith(Support, support, StringComparison.Ordinal);
        Assert.DoesNotContain(Language.English[Phrase.ReflectionConfirmCancel], support, StringComparison.Ordinal);
        Assert.DoesNotContain(Language.English[Phrase.ReflectionCancelled], support, StringComparison.Ordinal);
        Assert.Equal([Language.English[Phrase.ReflectionWelcomeBack], Language.English[Phrase.ReflectionConfirmCancel]], await SayAsync("a:care-confirm", "continue"));
        Assert.Equal([Language.English[Phrase.ReflectionCarryOn], Q1], await SayAsync("a:care-confirm", "no"));
        CareTraces.AssertNowhere(_host, _logs, words, "end my life");
    }

    [Fact]
    public async Task ACrisisGivenAsAGroupContributionGetsPrivateSupportAndIsNeitherCountedShownNorKept()
    {
        const string channel = "19:care-group@thread.tacv2";
        const string typed = "I wish I was dead";
        const string carded = "I keep thinking about suicide";
        await InChannelAsync(TeamsActivities.Channel(_host.Connector.ServiceUrl, channel, "facilitate ESTHER silently", "29:alex", "Alex"));
        await InChannelAsync(TeamsActivities.Channel(_host.Connector.ServiceUrl, channel, "Fewer handovers between teams", "29:kim", "Kim"));

        var toJo = await InChannelAsync(TeamsActivities.Channel(_host.Connector.ServiceUrl, channel, typed, "29:jo", "Jo"));
        var card = TeamsActivities.Channel(_host.Connector.ServiceUrl, channel, string.Empty, "29:sam", "Sam");
        card.Remove("text");
        card["entities"] = ((List<object>)card["entities"]!).Skip(1).ToList();
        card["value"] = new { answer = carded, step = new { kind = "GroupStep", index = 0 } };
        var toSam = await InChannelAsync(card);

        foreach (var (sent, person) in new[] { (toJo, "29:jo"), (toSam, "29:sam") })
        {
            var support = Assert.Single(sent);
            Assert.StartsWith(Support, Replies.TextOf(support.Activity), StringComparison.Ordinal);
            Assert.Equal("?isTargetedActivity=true", support.Query);
            Assert.Equal(person, support.Activity.Recipient.Id);
        }

        var reveal = Replies.TextOf(Assert.Single(await InChannelAsync(TeamsActivities.Channel(_host.Connector.ServiceUrl, channel, "reveal", "29:alex", "Alex"))).Activity);
        var csv = Replies.TextOf(Assert.Single(await InChannelAsync(TeamsActivities.Channel(_host.Connector.ServiceUrl, channel, "export csv", "29:alex", "Alex"))).Activity);
        Assert.Contains("1 contribution", reveal, StringComparison.Ordinal);
        Assert.Contains("Fewer handovers between teams", csv, StringComparison.Ordinal);
        Assert.All(new[] { reveal, csv }, shown => Assert.DoesNotContain("Jo", shown, StringComparison.Ordinal));
        Assert.All(new[] { reveal, csv }, shown => Assert.DoesNotContain("Sam", shown, StringComparison.Ordinal));
        CareTraces.AssertNowhere(_host, _logs, typed, carded, "suicide", "was dead");
    }

    private async Task<List<string>> SayAsync(string conversation, string text) =>
        await _host.PostAsync(TeamsActivities.Personal(_host.Connector.ServiceUrl, conversation, text));

    // A Teams card's Action.Submit: no text, the inputs and the card's data in the value.
    private async Task<List<string>> SubmitAsync(string conversation, object value)
    {
        var activity = TeamsActivities.Personal(_host.Connector.ServiceUrl, conversation, string.Empty);
        activity.Remove("text");
        activity["value"] = value;
        return await _host.PostAsync(activity);
    }

    private async Task<List<RecordedActivity>> InChannelAsync(Dictionary<string, object?> activity)
    {
        _host.Connector.Drain();
        (await _host.PostActivityAsync(activity)).EnsureSuccessStatusCode();
        return [.. _host.Connector.Drain().Where(r => r.Activity.Type == ActivityTypes.Message)];
    }
}
