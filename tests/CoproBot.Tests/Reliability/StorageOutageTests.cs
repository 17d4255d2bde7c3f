using System.Net;
using CoproBot.Bot.BotFramework;
using CoproBot.Tests.Infrastructure;

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
}
