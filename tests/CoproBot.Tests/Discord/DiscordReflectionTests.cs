using System.Text.Json.Nodes;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Discord;

/// <summary>A whole personal reflection on Discord, through the slash command, Answer buttons and modals.</summary>
public sealed class DiscordReflectionTests
{
    [Fact]
    public async Task AWholePersonalReflectionRunsThroughButtonsAndModals()
    {
        await using var bot = await DiscordBot.StartAsync(settings: new Dictionary<string, string?>
        {
            ["RateLimits:MessagesPerPersonPerMinute"] = "1000",
            ["RateLimits:MessagesPerConversationPerMinute"] = "1000",
        });
        var seen = new List<JsonNode>();
        var response = await bot.InteractAsync(Interactions.Command("reflect", ("case", "esther")));
        var answers = 0;
        var question = string.Empty;

        while (true)
        {
            seen.Add(response);
            var messages = new List<JsonNode> { response["data"] ?? new JsonObject() };
            messages.AddRange(bot.Api.Drain().Where(c => c.Body is not null).Select(c => c.Body!));

            // Replies after the first arrive as follow-ups through the webhook, possibly just after the response.
            while ((int)response["type"]! != 9 && !messages.Any(m => Asks(m) || Ends(m)))
            {
                var call = await bot.Api.NextAsync(TimeSpan.FromSeconds(10));
                if (call.Body is not null)
                {
                    messages.Add(call.Body);
                }
            }

            seen.AddRange(messages);
            if (seen.Any(Ends))
            {
                break;
            }

            Assert.True(answers++ < 80, "The reflection did not end within 80 presses and answers: " + string.Join("\n", seen.TakeLast(3).Select(m => m.ToJsonString())));
            if ((int)response["type"]! == 9)
            {
                question = string.Join("\n", messages.Select(m => m.ToJsonString())) is { Length: > 0 } shown && Asks(messages[^1]) ? shown : question;
                // A modal: type the answer, as a person would; ratings are typed as words.
                var rating = question.Contains("how well does your work reflect", StringComparison.OrdinalIgnoreCase) || question.Contains("rate it", StringComparison.OrdinalIgnoreCase);
                var text = rating ? "mostly" : $"Answer {answers}";
                response = await bot.InteractAsync(Interactions.ModalSubmit("copro:text", "answer", text));
                continue;
            }

            // A message that asks for text carries an Answer button; pressing it opens the modal.
            var asking = messages.LastOrDefault(Asks);
            Assert.True(asking is not null, "Nothing to answer in: " + string.Join("\n", messages.Select(m => m.ToJsonString())));
            question = asking.ToJsonString();
            response = await bot.InteractAsync(Interactions.ButtonPress("copro:answer", new { id = "1800000000000000009", type = 0, content = "", components = Array.Empty<object>() }));
            Assert.Equal(9, (int)response["type"]!);
        }

        var all = string.Join("\n", seen.Select(m => m.ToJsonString()));
        Assert.Contains("Balancing power", all, StringComparison.Ordinal);
        Assert.All(seen.Where(m => m["allowed_mentions"] is not null), m => Assert.Equal("{\"parse\":[]}", m["allowed_mentions"]!.ToJsonString()));
    }

    private static bool Asks(JsonNode message) => message.ToJsonString().Contains("copro:answer", StringComparison.Ordinal);

    private static bool Ends(JsonNode message) => message.ToJsonString().Contains("Thank you for reflecting", StringComparison.Ordinal);
}
