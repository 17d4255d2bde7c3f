using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoproBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CoproBot.Tests.Fuzz;

public sealed class DiscordInteractionsFuzzTests(ITestOutputHelper output)
{
    private const int Cases = 2500;

    [Fact]
    public async Task ThousandsOfMutatedSignedInteractionsGetNo500AndTheBotStillAnswersAfterwards()
    {
        await using var bot = await DiscordBot.StartAsync(settings: RaisedLimits.Settings());
        var statuses = new Dictionary<HttpStatusCode, int>();
        var failures = new List<string>();
        var shapes = new Func<int, Dictionary<string, object?>>[]
        {
            _ => Interactions.Ping(),
            seed => Interactions.Command("ask", ("question", "What are ESTHER's principles? " + seed)),
            _ => Interactions.Command("reflect", ("case", "esther")),
            _ => Interactions.Autocomplete("case", "case", "est"),
            _ => Interactions.ButtonPress("v:help", new { id = "1800000000000000008", type = 0, components = Array.Empty<object>() }),
            _ => Interactions.ModalSubmit("copro:text", "answer", "Our team listens"),
        };

        for (var seed = 0; seed < Cases; seed++)
        {
            var original = JsonNode.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(shapes[seed % shapes.Length](seed)))!.AsObject();
            original["id"] = $"17{seed:D17}";
            var body = new JsonMutator(seed).Mutate(original);

            // Signed correctly, so every mutation reaches the parser and the bot rather than stopping at the signature.
            using var response = await bot.PostSignedAsync(Encoding.UTF8.GetBytes(body));
            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"seed {seed}: {(int)response.StatusCode} for {(body.Length > 300 ? body[..300] + "…" : body)}");
            }
        }

        output.WriteLine(string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(int)s.Key}: {s.Value}")));
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
        var answer = await bot.InteractAsync(Interactions.Command("ask", ("question", "What are ESTHER's principles?")));
        Assert.True(answer.ToJsonString().Contains("Balancing power", StringComparison.Ordinal), answer.ToJsonString());
    }
}
