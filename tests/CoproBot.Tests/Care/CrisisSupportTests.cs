using CoproBot.Bot.BotFramework;
using CoproBot.Storage.Tables;
using CoproBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoproBot.Tests.Care;

public sealed class CrisisSupportTests
{
    [Fact]
    public async Task AMessageOfCrisisIsAnsweredWithSupportFirstAndItsWordsAreNotStored()
    {
        await using var host = await BotHost.StartAsync();
        const string words = "I don't think I can go on, I want to end my life";

        await host.PostActivityAsync(TeamsActivities.Personal(host.Connector.ServiceUrl, "a:crisis", words));
        var reply = await host.Connector.NextMessageAsync();

        Assert.StartsWith("I'm really sorry", reply.Text, StringComparison.Ordinal);
        Assert.Contains("988", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("end my life", reply.Text, StringComparison.Ordinal);
        var store = host.Services.GetRequiredService<ITableStore>();
        await foreach (var entity in store.QueryTableAsync("botstate", CancellationToken.None))
        {
            Assert.DoesNotContain("end my life", entity.Data, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SupportLinesCanBeConfiguredPerRegion()
    {
        await using var host = await BotHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Care:DefaultRegion"] = "IE",
            ["Care:Regions:IE:EmergencyNumber"] = "112",
            ["Care:Regions:IE:Lines:0:Name"] = "Samaritans Ireland",
            ["Care:Regions:IE:Lines:0:Contact"] = "116 123",
        });
        var activity = Activities.Message(host.Connector.ServiceUrl, "a:crisis-ie", "I feel unsafe");
        activity["locale"] = "en-IE";

        await host.PostActivityAsync(activity);
        var reply = await host.Connector.NextMessageAsync();

        Assert.Contains("Samaritans Ireland: 116 123", reply.Text, StringComparison.Ordinal);
        Assert.Contains("112", reply.Text, StringComparison.Ordinal);
        Assert.NotEqual(TurnErrorHandler.Apology, reply.Text);
    }
}
