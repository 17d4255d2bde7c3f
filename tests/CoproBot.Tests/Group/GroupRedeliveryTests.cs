using CoproBot.Bot.State;
using CoproBot.Dialogs.Group;
using CoproBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace CoproBot.Tests.Group;

/// <summary>
/// One group message delivered to two instances at once (a channel's re-send racing its first delivery, or two
/// instances behind a load balancer handed the same activity): what it does is done once, and its replies go once.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class GroupRedeliveryTests(AzuriteFixture azurite)
{
    private const string Channel = "19:redelivered@thread.tacv2";
    private const string Facilitator = "Facilitator";
    private const string Idea = "Idea number 07 from the group";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task NextDeliveredToTwoInstancesAtOnceMovesOneStepAndIsAnnouncedOnce()
    {
        await using var bots = await TwoInstances.StartAsync(azurite.ConnectionString, services: GatedTableStore.AddTo);
        var channel = new TeamsChannel(bots.First, Channel);
        await channel.SayAsync(Facilitator, "facilitate ESTHER open");

        await RaceAsync(bots, channel.Activity(Facilitator, "next"));

        Assert.Equal(1, Count(bots, "**Question 2 of 3"));
        Assert.Equal(0, Count(bots, "**Question 3 of 3"));
        Assert.Contains("step 2 of 9", (await channel.SayAsync(Facilitator, "status"))[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheModeChosenOnTwoInstancesAtOnceBeginsTheSessionOnceAndItsFirstQuestionIsAskedOnce()
    {
        await using var bots = await TwoInstances.StartAsync(azurite.ConnectionString, services: GatedTableStore.AddTo);
        var channel = new TeamsChannel(bots.First, Channel);
        await channel.SayAsync(Facilitator, "facilitate ESTHER");

        await RaceAsync(bots, channel.Activity(Facilitator, "open"));

        Assert.Equal(1, Count(bots, "**Question 1 of 3"));
        Assert.Contains("(step 1 of 9), in Open mode", (await channel.SayAsync(Facilitator, "status"))[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndDeliveredToTwoInstancesAtOnceEndsTheSessionOnceAndItsSummaryGoesOnce()
    {
        await using var bots = await TwoInstances.StartAsync(azurite.ConnectionString, services: GatedTableStore.AddTo);
        var channel = new TeamsChannel(bots.First, Channel);
        await channel.SayAsync(Facilitator, "facilitate ESTHER open");
        await channel.SayAsync("Sam", Idea);

        await RaceAsync(bots, channel.Activity(Facilitator, "end"));

        Assert.Equal(1, Count(bots, "That's the end of our session. 1 contribution from 1 person."));
        Assert.Contains("has ended", (await channel.SayAsync(Facilitator, "status"))[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AContributionDeliveredToTwoInstancesAtOnceIsKeptOnceAndThankedOnce()
    {
        await using var bots = await TwoInstances.StartAsync(azurite.ConnectionString, services: GatedTableStore.AddTo);
        var channel = new TeamsChannel(bots.First, Channel);
        await channel.SayAsync(Facilitator, "facilitate ESTHER open");

        await RaceAsync(bots, channel.Activity("Sam", Idea));

        Assert.Equal(Idea, Assert.Single(await ContributionsOfAsync(bots, "Sam")).Text);
        Assert.Equal(1, Count(bots, "Noted for Question 1 of 3"));
        Assert.Equal(0, Count(bots, "That's already in"));
    }

    [Fact]
    public async Task ARatingDeliveredToTwoInstancesAtOnceIsCountedOnceAndThankedOnce()
    {
        await using var bots = await TwoInstances.StartAsync(azurite.ConnectionString, services: GatedTableStore.AddTo);
        var channel = new TeamsChannel(bots.First, Channel);
        await channel.SayAsync(Facilitator, "facilitate ESTHER open");
        for (var i = 0; i < 3; i++)
        {
            await channel.SayAsync(Facilitator, "next");
        }

        await RaceAsync(bots, channel.Activity("Sam", "4"));

        Assert.Equal(4, Assert.Single(await ContributionsOfAsync(bots, "Sam")).Rating);
        Assert.Equal(1, Count(bots, "Thanks, your rating for"));
    }

    /// <summary>
    /// Posts one activity to both instances at once, in the order that lets a second apply go unseen: both read the
    /// person's state before either saves it; the first applies the message and waits to save its turn while the
    /// second runs to its end; then the first saves and finds the second already answered the activity.
    /// </summary>
    private static async Task RaceAsync(TwoInstances bots, Dictionary<string, object?> activity)
    {
        var (first, second) = (GatedTableStore.Of(bots.First), GatedTableStore.Of(bots.Second));
        var firstRead = first.HoldNextRead(GroupSessionStore.SessionTable);
        var secondRead = second.HoldNextRead(GroupSessionStore.SessionTable);
        var firstTurn = bots.First.PostActivityAsync(activity);
        var secondTurn = bots.Second.PostActivityAsync(activity);
        await Task.WhenAll(firstRead.Reached, secondRead.Reached).WaitAsync(Timeout);

        var firstSave = first.HoldNextWrite(TableBotStorage.Table);
        firstRead.Release();
        await firstSave.Reached.WaitAsync(Timeout);
        secondRead.Release();
        using (var answered = await secondTurn.WaitAsync(Timeout))
        {
            Assert.True(answered.IsSuccessStatusCode);
        }

        firstSave.Release();
        using var alsoAnswered = await firstTurn.WaitAsync(Timeout);
        Assert.True(alsoAnswered.IsSuccessStatusCode);
    }

    private static int Count(TwoInstances bots, string text) =>
        bots.Connector.All.Select(r => r.Activity).Where(a => a.Type == ActivityTypes.Message)
            .Count(a => TeamsChannel.TextOf(a).Contains(text, StringComparison.Ordinal));

    private static async Task<List<Contribution>> ContributionsOfAsync(TwoInstances bots, string name)
    {
        var store = bots.Second.Services.GetRequiredService<GroupSessionStore>();
        var (session, _) = await store.LoadAsync("msteams|" + Channel, CancellationToken.None);
        var all = await store.ContributionsAsync(session!.SessionId, CancellationToken.None);
        return [.. all.Where(c => c.UserId == TeamsChannel.IdOf(name))];
    }
}
