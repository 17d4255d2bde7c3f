using CoproBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CoproBot.Tests.Group;

/// <summary>A Teams channel with several people in it, talking to the real bot: each call returns what the bot said.</summary>
internal sealed class TeamsChannel(BotHost host, string channelId)
{
    private readonly Lock _gate = new();

    public static string IdOf(string name) => "29:" + name.ToLowerInvariant() + "-aad";

    /// <summary>Each person's Teams locale, for those whose Teams is not set to en-US.</summary>
    public Dictionary<string, string> Locales { get; } = [];

    /// <summary>What Teams would send for the message, to post as it is (to more than one instance, say).</summary>
    public Dictionary<string, object?> Activity(string name, string text)
    {
        var activity = TeamsActivities.Channel(host.Connector.ServiceUrl, channelId, text, IdOf(name), name);
        if (Locales.TryGetValue(name, out var locale))
        {
            // Teams gives the locale twice: on the activity and in its clientInfo entity.
            activity["locale"] = locale;
            var entities = (List<object>)activity["entities"]!;
            entities[^1] = new { type = "clientInfo", locale, country = "CA", platform = "Web", timezone = "UTC" };
        }

        return activity;
    }

    public Task<List<Activity>> SayAsync(string name, string text, (string Name, string Id)? mention = null)
    {
        var activity = Activity(name, text);
        if (mention is { } other)
        {
            activity["text"] = ((string)activity["text"]!).Replace("@" + other.Name, $"<at>{other.Name}</at>", StringComparison.Ordinal);
            var entities = (List<object>)activity["entities"]!;
            entities.Add(new { type = "mention", mentioned = new { id = other.Id, name = other.Name }, text = $"<at>{other.Name}</at>" });
        }

        return PostAsync(activity);
    }

    /// <summary>What an Adaptive Card's Action.Submit sends: no text, the inputs and the card's data in the value.</summary>
    public Task<List<Activity>> SubmitAsync(string name, string contribution, int step)
    {
        var activity = Activity(name, string.Empty);
        activity.Remove("text");
        activity["entities"] = ((List<object>)activity["entities"]!).Skip(1).ToList();
        activity["value"] = new { answer = contribution, step = new { kind = "GroupStep", index = step - 1 } };
        return PostAsync(activity);
    }

    /// <summary>What the connector was asked to deliver for the message, with where to and how (<c>?isTargetedActivity=true</c>).</summary>
    public async Task<List<RecordedActivity>> DeliveredAsync(string name, string text)
    {
        int before;
        lock (_gate)
        {
            before = host.Connector.All.Count;
        }

        using var response = await host.PostActivityAsync(Activity(name, text));
        Assert.True(response.IsSuccessStatusCode, $"The bot answered {(int)response.StatusCode}.");
        return [.. host.Connector.All.Skip(before).Where(r => r.Activity.Type == ActivityTypes.Message)];
    }

    public static string TextOf(Activity activity) =>
        activity.Text ?? string.Join("\n", (activity.Attachments ?? []).Select(a => (string?)JObject.FromObject(a.Content)["fallbackText"]));

    private async Task<List<Activity>> PostAsync(Dictionary<string, object?> activity)
    {
        int before;
        lock (_gate)
        {
            before = host.Connector.All.Count;
        }

        using var response = await host.PostActivityAsync(activity);
        Assert.True(response.IsSuccessStatusCode, $"The bot answered {(int)response.StatusCode}.");
        // A card's words are its fallback text: the tests read what each person reads.
        return [.. host.Connector.All.Skip(before).Select(a => a.Activity).Where(a => a.Type == ActivityTypes.Message).Select(a =>
        {
            a.Text ??= Replies.TextOf(a);
            return a;
        })];
    }
}
