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

    [Theory]
    [InlineData("fr-CA", "Je pense au suicide tous les jours", "Ligne d'aide en cas de crise de suicide 9-8-8 : appeler ou texter le 988", "appelez le 911 maintenant")]
    [InlineData("fr-FR", "Je pense au suicide tous les jours", "3114, numéro national de prévention du suicide : appeler le 3114", "appelez le 15 ou le 112 maintenant")]
    [InlineData("en-US", "Je pense au suicide, je n'en peux plus", "988 Suicide & Crisis Lifeline", "appelez le 911 maintenant")]
    public async Task FrenchSpeakersGetSupportInFrenchWithTheLinesOfTheirRegion(string locale, string words, string line, string emergency)
    {
        await using var host = await BotHost.StartAsync();
        var activity = TeamsActivities.Personal(host.Connector.ServiceUrl, "a:crisis-" + locale, words);
        activity["locale"] = locale;

        await host.PostActivityAsync(activity);
        var reply = await host.Connector.NextMessageAsync();

        Assert.StartsWith("Je suis vraiment désolé que vous traversiez cela.", reply.Text, StringComparison.Ordinal);
        Assert.Contains(line, reply.Text, StringComparison.Ordinal);
        Assert.Contains(emergency, reply.Text, StringComparison.Ordinal);
        Assert.Contains("Je n'ai pas enregistré ce que vous venez d'écrire.", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Samaritans", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneImFineNeverSilencesTheNetForLaterMessages()
    {
        await using var host = await BotHost.StartAsync();
        var url = host.Connector.ServiceUrl;

        var first = await host.PostAsync(TeamsActivities.Personal(url, "a:crisis-again", "I want to kill myself"));
        await host.PostAsync(TeamsActivities.Personal(url, "a:crisis-again", "I'm fine, forget I said anything"));
        var again = await host.PostAsync(TeamsActivities.Personal(url, "a:crisis-again", "I wish I was dead"));

        Assert.StartsWith("I'm really sorry", Assert.Single(first), StringComparison.Ordinal);
        Assert.StartsWith("I'm really sorry", Assert.Single(again), StringComparison.Ordinal);
    }
}
