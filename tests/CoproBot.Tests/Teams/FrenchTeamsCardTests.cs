using CoproBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CoproBot.Tests.Teams;

/// <summary>The labels and buttons of the cards CoproBot sends a French Teams (fr-CA), read from the card JSON the connector received.</summary>
public sealed class FrenchTeamsCardTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task AQuestionsAnswerBoxAndItsButtonAreInFrench()
    {
        var card = LastCard(await SayAsync("a:fr-card", "réfléchir sur ESTHER", "fr-CA"));

        var box = card["body"]!.Single(e => (string?)e["type"] == "Input.Text");
        Assert.Equal("Écrivez votre réponse ici", (string?)box["placeholder"]);
        Assert.Contains("Envoyer", Titles(card));
        Assert.DoesNotContain("Send", Titles(card));
        Assert.StartsWith("Question 1 sur 3 :", (string?)card["fallbackText"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEnglishTeamsKeepsTheEnglishLabels()
    {
        var card = LastCard(await SayAsync("a:en-card", "reflect on ESTHER", "en-GB"));

        var box = card["body"]!.Single(e => (string?)e["type"] == "Input.Text");
        Assert.Equal("Type your answer here", (string?)box["placeholder"]);
        Assert.Contains("Send", Titles(card));
    }

    private async Task<List<Activity>> SayAsync(string conversation, string text, string locale)
    {
        var activity = TeamsActivities.Personal(_host.Connector.ServiceUrl, conversation, text);
        activity["locale"] = locale;
        _host.Connector.Drain();
        (await _host.PostActivityAsync(activity)).EnsureSuccessStatusCode();
        return [.. _host.Connector.Drain().Select(r => r.Activity).Where(a => a.Type == ActivityTypes.Message)];
    }

    private static JObject LastCard(List<Activity> activities)
    {
        var card = activities.Select(Card).LastOrDefault(c => c is not null);
        Assert.True(card is not null, "No card was sent: " + string.Join(" | ", activities.Select(Replies.TextOf)));
        return card;
    }

    private static JObject? Card(Activity activity) =>
        activity.Attachments?.FirstOrDefault(a => a.ContentType == "application/vnd.microsoft.card.adaptive")?.Content as JObject;

    private static List<string> Titles(JObject card) => [.. card["actions"]!.Select(a => (string)a["title"]!)];
}
