using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using CoproBot.Tests.Infrastructure;
using Newtonsoft.Json;

namespace CoproBot.LoadBench;

/// <summary>The requests each scenario sends: Teams-shaped activities and signed Discord interactions.</summary>
public static class TurnPayloads
{
    public static HttpRequestMessage Activity(string url, string serviceUrl, string scenario, int conversation, int turn, string text)
    {
        var activity = TeamsActivities.Personal(serviceUrl, ConversationId(scenario, conversation), text, userId: $"user-{conversation}");
        activity["id"] = $"{scenario}-{conversation}-{turn}";
        return Json(url, JsonConvert.SerializeObject(activity));
    }

    /// <summary>The Teams conversation id of conversation <paramref name="conversation"/> of a scenario.</summary>
    public static string ConversationId(string scenario, int conversation) => $"a:bench-{scenario}-{conversation}";

    public static HttpRequestMessage Interaction(string url, DiscordSigner signer, int conversation, int turn, string question)
    {
        var interaction = Interactions.Command("ask", ("question", question));
        interaction["id"] = $"19{conversation:D8}{turn:D8}";
        interaction["token"] = $"token-{conversation}-{turn}";

        // Each conversation is its own person in its own channel, as in the Teams scenarios, so no person or channel
        // sends more than people do.
        var person = $"7{conversation:D17}";
        var channel = $"8{conversation:D17}";
        interaction["member"] = new { user = new { id = person, username = "person" + Invariant(conversation), global_name = "Person " + Invariant(conversation), discriminator = "0" }, roles = Array.Empty<string>() };
        interaction["channel_id"] = channel;
        interaction["channel"] = new { id = channel, type = 0 };
        var body = Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(interaction));
        var timestamp = DiscordSigner.TimestampOf(DateTimeOffset.UtcNow);
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Signature-Ed25519", signer.Sign(timestamp, body));
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        return request;
    }

    private static readonly string[] QuestionFiles = ["lookup-questions.tsv", "lookup-questions-2.tsv"];

    /// <summary>Every question of both question sets: the team's own phrasings and realistic paraphrases by others.</summary>
    public static string[] Questions() =>
        [.. QuestionFiles
            .SelectMany(file => File.ReadLines(Path.Combine(AppContext.BaseDirectory, file)))
            .Where(l => !l.StartsWith('#') && l.Length > 0)
            .Select(l => l.Split('\t')[0])];

    private static HttpRequestMessage Json(string url, string json) => new(HttpMethod.Post, url)
    {
        Content = new StringContent(json, Encoding.UTF8, "application/json"),
    };

    internal static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
