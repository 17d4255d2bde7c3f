using System.Net;
using CoproBot.Bot.BotFramework;
using CoproBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;

namespace CoproBot.Tests.Reliability;

/// <summary>Azurite really stopped and started again under a running bot.</summary>
public sealed class StorageOutageTests
{
    [Fact]
    public async Task WhileTheStoreIsDownPeopleAreToldPlainlyAndAfterItReturnsTheConversationGoesOn()
    {
        await using var azurite = await Azurite.StartAsync();
        await using var host = await BotHost.StartAsync(azureConnectionString: azurite.ConnectionString, settings: new Dictionary<string, string?>
        {
            ["Storage:NetworkTimeoutSeconds"] = "2",
        });
        var url = host.Connector.ServiceUrl;
        await host.PostActivityAsync(TeamsActivities.Personal(url, "a:outage", "tell me about ESTHER"));
        Assert.StartsWith("**Case 1: ESTHER**", Replies.TextOf(await host.Connector.NextMessageAsync()), StringComparison.Ordinal);

        await azurite.StopAsync();
        var during = TeamsActivities.Personal(url, "a:outage", "what are its principles?");
        var response = await host.PostActivityAsync(during);
        var notSaved = await host.Connector.NextMessageAsync(TimeSpan.FromSeconds(60));
        var ready = await host.Client.GetAsync("/health/ready");
        var live = await host.Client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TurnErrorHandler.NotSaved, notSaved.Text);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);

        await azurite.StartAgainAsync();
        await host.PostActivityAsync(during);
        var after = await host.Connector.NextMessageAsync(TimeSpan.FromSeconds(60));

        // The same activity, redelivered, is processed now (its failed turn left no record) and still knows the case.
        Assert.StartsWith("**ESTHER: Inclusivity principles**", Replies.TextOf(after), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task AReflectionInterruptedByTheOutageContinuesFromTheLastAcknowledgedQuestionWithEveryAnswerKeptOnce()
    {
        await using var azurite = await Azurite.StartAsync();
        await using var host = await StartAsync(azurite);
        var url = host.Connector.ServiceUrl;
        await host.PostAsync(TeamsActivities.Personal(url, "a:outage-reflect", "reflect on ESTHER"));
        Assert.Equal(["Question 2 of 3: Who needs to cooperate to fulfill this?"], await host.PostAsync(TeamsActivities.Personal(url, "a:outage-reflect", "Being heard")));

        await azurite.StopAsync();
        var during = TeamsActivities.Personal(url, "a:outage-reflect", "Her family and her GP");
        Assert.Equal([TurnErrorHandler.NotSaved], await host.PostAsync(during));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await host.Client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/health/live")).StatusCode);

        await azurite.StartAgainAsync();

        // The person sends their answer again: the reflection takes it at the question they last saw, and goes on.
        Assert.Equal(["Question 3 of 3: What do we need to improve?"], await host.PostAsync(TeamsActivities.Personal(url, "a:outage-reflect", "Her family and her GP")));
        var back = await host.PostAsync(TeamsActivities.Personal(url, "a:outage-reflect", "back"));
        Assert.Contains("Your earlier answer: \"Her family and her GP\"", back[0], StringComparison.Ordinal);
        var backAgain = await host.PostAsync(TeamsActivities.Personal(url, "a:outage-reflect", "back"));
        Assert.Contains("Your earlier answer: \"Being heard\"", backAgain[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGroupSessionInterruptedByTheOutageKeepsEveryAcknowledgedContributionOnceAndTakesTheRestAfter()
    {
        await using var azurite = await Azurite.StartAsync();
        await using var host = await StartAsync(azurite);
        var url = host.Connector.ServiceUrl;
        const string channel = "19:outage@thread.tacv2";
        Task<List<string>> Say(string name, string text) =>
            host.PostAsync(TeamsActivities.Channel(url, channel, text, "29:" + name.ToLowerInvariant(), name));
        await Say("Alex", "start a group reflection on ESTHER silently");
        Assert.Contains(await Say("Sam", "Ask Esther first"), text => text.StartsWith("Thanks, your contribution", StringComparison.Ordinal));

        await azurite.StopAsync();
        Assert.Equal([TurnErrorHandler.NotSaved], await Say("Jo", "Her daughter's view too"));

        await azurite.StartAgainAsync();
        Assert.Contains(await Say("Jo", "Her daughter's view too"), text => text.StartsWith("Thanks, your contribution", StringComparison.Ordinal));

        // Sam, unsure after the outage, sends theirs again: it is already in, and is not kept twice.
        Assert.Contains(await Say("Sam", "Ask Esther first"), text => text.StartsWith("That's already in", StringComparison.Ordinal));
        var reveal = string.Join("\n", await Say("Alex", "reveal"));
        Assert.Equal(1, Occurrences(reveal, "Ask Esther first"));
        Assert.Equal(1, Occurrences(reveal, "Her daughter's view too"));
    }

    private static Task<BotHost> StartAsync(Azurite azurite) =>
        BotHost.StartAsync(azureConnectionString: azurite.ConnectionString, settings: new Dictionary<string, string?>
        {
            ["Storage:NetworkTimeoutSeconds"] = "2",
        });

    private static int Occurrences(string text, string part) => text.Split(part).Length - 1;
}
