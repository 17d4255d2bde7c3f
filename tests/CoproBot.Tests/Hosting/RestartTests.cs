using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Hosting;

[Collection(AzuriteGroup.Name)]
public sealed class RestartTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task StateSurvivesARestartOverTheEmbeddedStore()
    {
        await using var connector = await ConnectorListener.StartAsync();
        var first = await BotHost.StartAsync(connector: connector);
        await first.PostActivityAsync(Activities.Message(connector.ServiceUrl, "conv-restart", "tell me about the Recovery College"));
        await first.StopAsync();

        var second = await BotHost.StartAsync(dataDirectory: first.DataDirectory, connector: connector);
        await second.PostActivityAsync(Activities.Message(connector.ServiceUrl, "conv-restart", "what are its guiding questions?"));
        await second.StopAsync();

        Assert.StartsWith("**Case 3: CMHA Learning Centre**", (await connector.NextMessageAsync()).Text, StringComparison.Ordinal);
        Assert.StartsWith("**CMHA Learning Centre: Guiding question(s)**", (await connector.NextMessageAsync()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StateSurvivesARestartOverAzureTableStorage()
    {
        var prefix = "r" + Guid.NewGuid().ToString("N")[..10];
        await using var connector = await ConnectorListener.StartAsync();
        var first = await BotHost.StartAsync(azureConnectionString: azurite.ConnectionString, tablePrefix: prefix, connector: connector);
        await first.PostActivityAsync(Activities.Message(connector.ServiceUrl, "conv-restart-azure", "tell me about the Recovery College"));
        await first.StopAsync();

        var second = await BotHost.StartAsync(azureConnectionString: azurite.ConnectionString, tablePrefix: prefix, connector: connector);
        await second.PostActivityAsync(Activities.Message(connector.ServiceUrl, "conv-restart-azure", "what are its guiding questions?"));
        await second.StopAsync();

        Assert.StartsWith("**Case 3: CMHA Learning Centre**", (await connector.NextMessageAsync()).Text, StringComparison.Ordinal);
        Assert.StartsWith("**CMHA Learning Centre: Guiding question(s)**", (await connector.NextMessageAsync()).Text, StringComparison.Ordinal);
    }
}
