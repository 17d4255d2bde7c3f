using System.Net;
using System.Text.Json.Nodes;
using CoproBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CoproBot.Tests.Fuzz;

public sealed class MessagesEndpointFuzzTests(ITestOutputHelper output)
{
    private const int Cases = 2500;

    [Fact]
    public async Task ThousandsOfMutatedActivitiesGetNo500AndTheBotStillAnswersAfterwards()
    {
        var settings = RaisedLimits.Settings();
        settings["Bot:TypingDelayMilliseconds"] = "10000";
        await using var host = await BotHost.StartAsync(settings: settings);
        var statuses = new Dictionary<HttpStatusCode, int>();
        var failures = new List<string>();

        for (var seed = 0; seed < Cases; seed++)
        {
            var original = JsonNode.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(
                TeamsActivities.Channel(host.Connector.ServiceUrl, "19:fuzz@thread.tacv2", "what are ESTHER's principles?", messageId: seed.ToString(System.Globalization.CultureInfo.InvariantCulture))))!.AsObject();
            var body = new JsonMutator(seed).Mutate(original);

            using var response = await host.PostJsonAsync("/api/messages", body);
            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;

            // The only 5xx allowed is the Bot Framework's 501 for an invoke the bot does not handle.
            if ((int)response.StatusCode >= 500 && response.StatusCode != HttpStatusCode.NotImplemented)
            {
                failures.Add($"seed {seed}: {(int)response.StatusCode} for {Shorten(body)}");
            }
        }

        output.WriteLine(string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(int)s.Key}: {s.Value}")));
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));

        host.Connector.Drain();
        await host.PostActivityAsync(Activities.Message(host.Connector.ServiceUrl, "conv-after-fuzz", "help"));
        Assert.Equal("conv-after-fuzz", (await host.Connector.NextMessageAsync()).Conversation.Id);
    }

    private static string Shorten(string body) => body.Length > 300 ? body[..300] + "…" : body;
}
