using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Reliability;

[Collection(AzuriteGroup.Name)]
public sealed class RedeliveryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task TheSameActivityDeliveredToTwoInstancesAtOnceIsProcessedOnce()
    {
        var prefix = "d" + Guid.NewGuid().ToString("N")[..10];
        await using var connector = await ConnectorListener.StartAsync();
        var first = await BotHost.StartAsync(azureConnectionString: azurite.ConnectionString, tablePrefix: prefix, connector: connector);
        var second = await BotHost.StartAsync(azureConnectionString: azurite.ConnectionString, tablePrefix: prefix, connector: connector);
        try
        {
            for (var i = 0; i < 10; i++)
            {
                var activity = TeamsActivities.Personal(connector.ServiceUrl, $"a:twice-{i}", "What are ESTHER's principles?");
                await Task.WhenAll(first.PostActivityAsync(activity), second.PostActivityAsync(activity));
            }

            var answered = connector.All.Where(a => a.Activity.Type == "message").GroupBy(a => a.Activity.Conversation.Id).ToList();
            Assert.Equal(10, answered.Count);
            Assert.All(answered, conversation => Assert.Single(conversation));
        }
        finally
        {
            await first.StopAsync();
            await second.StopAsync();
        }
    }
}
