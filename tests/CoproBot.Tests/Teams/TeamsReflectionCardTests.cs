using CoproBot.Bot.Reflection;
using CoproBot.Tests.Infrastructure;
using CoproBot.Tests.Reflection;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace CoproBot.Tests.Teams;

/// <summary>A whole reflection answered only through Adaptive Card submits, in each kind of Teams conversation.</summary>
public sealed class TeamsReflectionCardTests
{
    public static TheoryData<string> ConversationTypes => new() { "personal", "groupChat", "channel" };

    [Theory]
    [MemberData(nameof(ConversationTypes))]
    public async Task AWholeReflectionRunsByCardSubmits(string conversationType)
    {
        await using var host = await ReflectionHost.StartAsync();
        var conversation = new TeamsConversation(host, conversationType);

        var replies = await conversation.SayAsync("reflect on ESTHER");
        var submits = 0;
        while (!replies.Any(r => Replies.TextOf(r).Contains("Thank you for reflecting", StringComparison.Ordinal)))
        {
            Assert.True(submits++ < 40, "The reflection did not end within 40 card submits.");
            var card = replies.Select(Card).LastOrDefault(c => c is not null);
            Assert.True(card is not null, "The bot asked nothing with a card: " + string.Join(" | ", replies.Select(Replies.TextOf)));
            Assert.Equal("1.5", (string?)card["version"]);
            Assert.False(string.IsNullOrEmpty((string?)card["fallbackText"]));
            replies = await conversation.SubmitAsync(Answer(card, submits));
        }

        var summary = Replies.TextOf(replies.Last(r => Replies.TextOf(r).Contains("Thank you for reflecting", StringComparison.Ordinal)));
        Assert.Contains("Answer 2", summary, StringComparison.Ordinal);
        Assert.Contains("Balancing power", summary, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ConversationTypes))]
    public async Task AReminderArrivesProactivelyWithTheQuestionAsACard(string conversationType)
    {
        var clock = new FakeTimeProvider(ReflectionHost.Start);
        await using var host = await ReflectionHost.StartAsync(clock);
        var conversation = new TeamsConversation(host, conversationType);
        await conversation.SayAsync("reflect on ESTHER");
        await conversation.SayAsync("pause, remind me tomorrow at 10am");

        host.Connector.Drain();

        // The scheduler's own timer runs on the fake clock: moving it past the due time sends the reminder.
        clock.Advance(TimeSpan.FromHours(26));
        var proactive = new List<Activity> { await host.Connector.NextMessageAsync(), await host.Connector.NextMessageAsync() };
        var sentAgain = await host.Services.GetRequiredService<ReminderScheduler>().SendDueAsync(CancellationToken.None);

        Assert.Equal(0, sentAgain);
        Assert.All(proactive, a => Assert.Equal(conversation.Id, a.Conversation.Id));
        Assert.Contains(proactive, a => Replies.TextOf(a).Contains("continue your reflection", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(proactive, a => Card(a) is not null);
    }

    private static JObject? Card(Activity activity) =>
        activity.Attachments?.FirstOrDefault(a => a.ContentType == "application/vnd.microsoft.card.adaptive")?.Content as JObject;

    // Types into an answer box when there is one, otherwise presses a rating of 4 or the first button.
    private static JObject Answer(JObject card, int turn)
    {
        var actions = card["actions"]!.AsJEnumerable().Select(a => (JObject)a["data"]!).ToList();
        if (card["body"]!.Any(e => (string?)e["type"] == "Input.Text"))
        {
            var data = (JObject)actions[0].DeepClone();
            data["answer"] = turn == 1 ? "Leith" : $"Answer {turn}";
            return data;
        }

        return actions.FirstOrDefault(a => (string?)a["answer"] == "4") ?? actions[0];
    }

    /// <summary>One Teams conversation of the given kind; card submits come as Teams sends them, with a value and no text.</summary>
    private sealed class TeamsConversation(BotHost host, string type)
    {
        public string Id { get; } = type switch
        {
            "personal" => "a:cards-personal",
            "groupChat" => "19:cards-group@thread.v2",
            _ => "19:cards-channel@thread.tacv2;messageid=77",
        };

        public Task<List<Activity>> SayAsync(string text) => PostAsync(Activity(text));

        public Task<List<Activity>> SubmitAsync(JObject value)
        {
            var activity = Activity(string.Empty);
            activity.Remove("text");
            activity["entities"] = new[] { new { type = "clientInfo", locale = "en-US", country = "US", platform = "Web", timezone = "UTC" } };
            activity["value"] = value;
            return PostAsync(activity);
        }

        private Dictionary<string, object?> Activity(string text) => type switch
        {
            "personal" => TeamsActivities.Personal(host.Connector.ServiceUrl, Id, text),
            "groupChat" => TeamsActivities.GroupChat(host.Connector.ServiceUrl, Id, text),
            _ => TeamsActivities.Channel(host.Connector.ServiceUrl, "19:cards-channel@thread.tacv2", text, messageId: "77"),
        };

        private async Task<List<Activity>> PostAsync(Dictionary<string, object?> activity)
        {
            host.Connector.Drain();
            (await host.PostActivityAsync(activity)).EnsureSuccessStatusCode();
            return [.. host.Connector.Drain().Select(r => r.Activity).Where(a => a.Type == ActivityTypes.Message)];
        }
    }
}
