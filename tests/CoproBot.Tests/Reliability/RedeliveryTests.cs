using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Reliability;

[Collection(AzuriteGroup.Name)]
public sealed class RedeliveryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task TheSameActivityDeliveredToTwoInstancesAtOnceIsProcessedOnce()
    {
        await using var bots = await TwoInstances.StartAsync(azurite.ConnectionString);
        for (var i = 0; i < 10; i++)
        {
            var activity = TeamsActivities.Personal(bots.Connector.ServiceUrl, $"a:twice-{i}", "What are ESTHER's principles?");
            await Task.WhenAll(bots.First.PostActivityAsync(activity), bots.Second.PostActivityAsync(activity));
        }

        var answered = bots.Connector.All.Where(a => a.Activity.Type == "message").GroupBy(a => a.Activity.Conversation.Id).ToList();
        Assert.Equal(10, answered.Count);
        Assert.All(answered, conversation => Assert.Single(conversation));
    }
}
