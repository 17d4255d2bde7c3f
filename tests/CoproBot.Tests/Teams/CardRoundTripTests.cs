using CoproBot.Dialogs.Languages;
using CoproBot.Tests.Infrastructure;
using CoproBot.Tests.Reflection;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CoproBot.Tests.Teams;

/// <summary>Cards as Teams sends them back: the data a card's own button holds, with the answer box's words merged in.</summary>
public sealed class CardRoundTripTests
{
    private const string ChannelId = "19:cards-roundtrip@thread.tacv2";

    [Fact]
    public async Task ARatingCardSubmitIsKeptForItsPrincipleAndTheSameCardPressedAgainIsRefused()
    {
        await using var host = await ReflectionHost.StartAsync();
        Task<List<Activity>> Say(string text) => PostAsync(host, TeamsActivities.Personal(host.Connector.ServiceUrl, "a:rating-card", text));

        await Say("reflect on ESTHER");
        await Say("Being heard");
        await Say("Everyone around her");
        var ratingCard = Card(Assert.Single(await Say("Fewer handovers")))!;
        var four = ratingCard["actions"]!.Select(a => (JObject)a["data"]!).Single(d => (string?)d["answer"] == "4");
        Assert.Equal("Rating", (string?)four["step"]!["kind"]);
        Assert.Equal(0, (int)four["step"]!["index"]!);

        var note = await SubmitAsync(host, TeamsActivities.Personal(host.Connector.ServiceUrl, "a:rating-card", string.Empty), four);
        var again = await SubmitAsync(host, TeamsActivities.Personal(host.Connector.ServiceUrl, "a:rating-card", string.Empty), four);

        Assert.StartsWith("Any note", Replies.TextOf(Assert.Single(note)), StringComparison.Ordinal);
        Assert.Equal(Language.English[Phrase.ReflectionStaleCard], Replies.TextOf(again[0]));
        Assert.StartsWith("Any note", Replies.TextOf(again[1]), StringComparison.Ordinal);
        var summary = string.Empty;
        for (var i = 0; i < 12 && !summary.Contains("Thank you for reflecting", StringComparison.Ordinal); i++)
        {
            summary = string.Join("\n", (await Say("skip")).Select(Replies.TextOf));
        }

        Assert.Contains("(4/5)", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGroupContributionCardIsSavedForTheStepItAskedAndAReflectionCardWithNoReflectionIsRefused()
    {
        await using var host = await BotHost.StartAsync();
        Task<List<Activity>> Say(string name, string text) =>
            PostAsync(host, TeamsActivities.Channel(host.Connector.ServiceUrl, ChannelId, text, "29:" + name.ToLowerInvariant(), name));

        await Say("Alex", "facilitate ESTHER");
        var card = (await Say("Alex", "open")).Select(Card).Last(c => c is not null && c["body"]!.Any(e => (string?)e["type"] == "Input.Text"))!;
        var send = (JObject)card["actions"]![0]!["data"]!.DeepClone();
        Assert.Equal("GroupStep", (string?)send["step"]!["kind"]);
        await Say("Alex", "next");

        send["answer"] = "Her daughter's view too";
        var saved = await SubmitAsync(host, Channel(host, "Jo"), send);
        var refused = await SubmitAsync(host, Channel(host, "Kim"), new JObject { ["answer"] = "4", ["step"] = new JObject { ["kind"] = "Rating", ["index"] = 0 } });
        var csv = Replies.TextOf(Assert.Single(await Say("Alex", "export csv")));

        Assert.Contains(saved, a => Replies.TextOf(a).Contains("Question 1 of 3", StringComparison.Ordinal));
        Assert.Equal(Language.English[Phrase.ReflectionEndedCard], Replies.TextOf(Assert.Single(refused)));
        Assert.Contains("\"1\",\"Question\",\"What is best for, or important to, Esther?\",\"Jo\",\"Her daughter's view too\"", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Kim\"", csv, StringComparison.Ordinal);
    }

    private static Dictionary<string, object?> Channel(BotHost host, string name) =>
        TeamsActivities.Channel(host.Connector.ServiceUrl, ChannelId, string.Empty, "29:" + name.ToLowerInvariant(), name);

    private static JObject? Card(Activity activity) =>
        activity.Attachments?.FirstOrDefault(a => a.ContentType == "application/vnd.microsoft.card.adaptive")?.Content as JObject;

    // As Teams sends a submit: no text, no mention, the button's data with the inputs in the value.
    private static Task<List<Activity>> SubmitAsync(BotHost host, Dictionary<string, object?> activity, JObject value)
    {
        activity.Remove("text");
        activity["entities"] = new[] { new { type = "clientInfo", locale = "en-US", country = "US", platform = "Web", timezone = "UTC" } };
        activity["value"] = value;
        return PostAsync(host, activity);
    }

    private static async Task<List<Activity>> PostAsync(BotHost host, Dictionary<string, object?> activity)
    {
        host.Connector.Drain();
        (await host.PostActivityAsync(activity)).EnsureSuccessStatusCode();
        return [.. host.Connector.Drain().Select(r => r.Activity).Where(a => a.Type == ActivityTypes.Message)];
    }
}
