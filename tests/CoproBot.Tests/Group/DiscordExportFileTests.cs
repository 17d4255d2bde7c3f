using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Group;

/// <summary>
/// A session's exports on Discord: the words in the chat, and the same as a file the team keeps: the Markdown summary
/// with its charts drawn in as SVG, and the CSV, uploaded as multipart beside the message.
/// </summary>
public sealed class DiscordExportFileTests : IAsyncLifetime
{
    private const string Alex = "1400000000000000401";
    private DiscordBot _bot = null!;

    public async Task InitializeAsync() => _bot = await DiscordBot.StartAsync(settings: new Dictionary<string, string?>
    {
        ["RateLimits:MessagesPerPersonPerMinute"] = "1000",
        ["RateLimits:MessagesPerConversationPerMinute"] = "1000",
    });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task TheMarkdownExportIsAFileWithASvgChartOfEachRatedPrincipleAndNothingSomeoneWroteBecomesMarkup()
    {
        await RunSessionAsync();

        var (words, upload) = await ExportAsync("export markdown");

        Assert.StartsWith("# Group reflection on ESTHER", words, StringComparison.Ordinal);
        Assert.Contains("<b>childcare</b> & transport", words, StringComparison.Ordinal);
        var file = Assert.Single(upload.Files);
        Assert.Equal("text/markdown", file.ContentType);
        Assert.Matches("^group-reflection-esther-[0-9]{4}-[0-9]{2}-[0-9]{2}\\.md$", file.FileName);
        Assert.Equal(file.FileName, (string?)upload.Body!["attachments"]![0]!["filename"]);
        var markdown = Encoding.UTF8.GetString(file.Bytes);
        Assert.StartsWith("# Group reflection on ESTHER", markdown, StringComparison.Ordinal);

        // The words someone wrote are kept, escaped so no viewer reads them as HTML.
        Assert.Contains("&lt;b&gt;childcare&lt;/b&gt; &amp; transport", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", markdown, StringComparison.Ordinal);

        // One chart, for the one principle rated, beside its counts in words; it is well-formed SVG that names itself.
        var figure = Assert.Single(Figures(markdown));
        var svg = XDocument.Parse(figure).Root!;
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Contains("2 people rated 4, 1 person rated 2", svg.Element(ns + "desc")!.Value, StringComparison.Ordinal);
        var counts = svg.Elements(ns + "text").Select(t => t.Value).ToList();
        Assert.Equal(2, counts.Count(c => c == "2"));
        Assert.Contains("4 ▇▇ 2 (2 people rated 4)", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", words, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCsvExportIsAFileHoldingWhatTheChatShowsAndItsRatingsTotalAsTheSummaryCounts()
    {
        await RunSessionAsync();

        var (words, upload) = await ExportAsync("export csv");

        var file = Assert.Single(upload.Files);
        Assert.Equal("text/csv", file.ContentType);
        Assert.EndsWith(".csv", file.FileName, StringComparison.Ordinal);
        var csv = Encoding.UTF8.GetString(file.Bytes);
        Assert.Contains(csv.TrimEnd(), words, StringComparison.Ordinal);
        var ratings = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(row => row.Split("\",\"")[^1].Trim('"'))
            .Where(cell => cell.Length > 0)
            .Select(int.Parse)
            .ToList();
        Assert.Equal([2, 4, 4], ratings.Order());
    }

    private async Task RunSessionAsync()
    {
        await AskAsync(Alex, "Alex", "facilitate ESTHER open");
        await AskAsync("1400000000000000402", "Sam", "<b>childcare</b> & transport");
        for (var i = 0; i < 3; i++)
        {
            await AskAsync(Alex, "Alex", "next");
        }

        // Jo changes her mind: only her latest rating counts, in the chart and the CSV.
        foreach (var (id, name, rating) in new[] { ("1400000000000000402", "Sam", "4"), ("1400000000000000403", "Jo", "1"), ("1400000000000000403", "Jo", "4"), ("1400000000000000404", "Kim", "2") })
        {
            await AskAsync(id, name, rating);
        }
    }

    private async Task<(string Words, DiscordCall Upload)> ExportAsync(string command)
    {
        _bot.Api.Drain();
        var messages = new List<JsonNode> { await AskAsync(Alex, "Alex", command) };
        while (true)
        {
            var call = await _bot.Api.NextAsync(TimeSpan.FromSeconds(10));
            if (call.Files.Count > 0)
            {
                Assert.Null(call.Body![FileAttachmentsKey]);
                return (string.Join("\n", messages.Select(Text)), call);
            }

            messages.Add(call.Body!);
        }
    }

    private const string FileAttachmentsKey = CoproBot.Bot.Discord.FileAttachments.FilesKey;

    private static IEnumerable<string> Figures(string markdown)
    {
        var at = 0;
        while ((at = markdown.IndexOf("<figure>\n", at, StringComparison.Ordinal)) >= 0)
        {
            var end = markdown.IndexOf("\n</figure>", at, StringComparison.Ordinal);
            yield return markdown[(at + "<figure>\n".Length)..end];
            at = end;
        }
    }

    private Task<JsonObject> AskAsync(string id, string name, string words)
    {
        var interaction = Interactions.Command("ask", ("question", words));
        interaction["member"] = new { user = new { id, username = name.ToLowerInvariant(), global_name = name, discriminator = "0" }, roles = Array.Empty<string>() };
        return _bot.InteractAsync(interaction);
    }

    private static string Text(JsonNode node) =>
        string.Join("\n", ((node["data"] ?? node)["embeds"]?.AsArray() ?? []).Select(embed => (string?)embed!["description"]));
}
