using System.Text.Json.Nodes;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Discord;

/// <summary>Signed interactions for a test, each turn's every message (the response and its follow-ups) kept and checked against Discord's limits.</summary>
internal sealed class DiscordTurns(DiscordBot bot)
{
    public List<JsonNode> Seen { get; } = [];

    /// <summary>Posts the interaction and gathers the response and follow-ups until their words contain <paramref name="expected"/>.</summary>
    public async Task<List<JsonNode>> TurnAsync(object interaction, string expected)
    {
        bot.Api.Drain();
        var response = await bot.InteractAsync(interaction);
        var messages = new List<JsonNode> { response };
        while (!Words(messages).Contains(expected, StringComparison.Ordinal))
        {
            // Follow-ups go through the webhook just after the response; a missing one fails the wait loudly.
            var call = await bot.Api.NextAsync(TimeSpan.FromSeconds(10));
            if (call.Body is not null)
            {
                messages.Add(call.Body);
            }
        }

        Seen.AddRange(messages);
        DiscordLimits.AssertWithin(messages);
        return messages;
    }

    /// <summary>Presses the button labelled <paramref name="label"/> on the message that carries it.</summary>
    public Task<List<JsonNode>> PressAsync(List<JsonNode> messages, string label, string expected)
    {
        var message = messages.Select(m => m["data"] ?? m).First(m => Buttons(m).Any(b => (string?)b["label"] == label));
        var button = Buttons(message).First(b => (string?)b["label"] == label);
        var shown = JsonNode.Parse(message.ToJsonString())!.AsObject();
        shown["id"] = "1800000000000000009";
        return TurnAsync(Interactions.ButtonPress((string)button["custom_id"]!, shown), expected);
    }

    /// <summary>Every string a person would read in the messages, joined.</summary>
    public static string Words(IEnumerable<JsonNode> messages) => string.Join("\n", messages.SelectMany(Strings));

    private static IEnumerable<JsonObject> Buttons(JsonNode message) =>
        (message["components"]?.AsArray() ?? []).SelectMany(row => row!["components"]?.AsArray() ?? []).OfType<JsonObject>().Where(c => (int?)c["type"] == 2);

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };
}
