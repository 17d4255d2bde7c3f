using System.Text.Json.Nodes;
using CoproBot.Bot.Charts;
using CoproBot.Bot.Discord;
using CoproBot.Tests.Infrastructure;
using SkiaSharp;

namespace CoproBot.Tests.Group;

/// <summary>Rating distributions on Discord: the words first, then a PNG drawn on the server, uploaded as multipart with alt text.</summary>
public sealed class DiscordRatingChartTests : IAsyncLifetime
{
    private const string Alex = "1400000000000000301";
    private DiscordBot _bot = null!;

    public async Task InitializeAsync() => _bot = await DiscordBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task ARevealedRatingIsFollowedByAPictureThatDecodesWithinDiscordsLimitsAndDescribesItself()
    {
        await AskAsync(Alex, "Alex", "facilitate ESTHER open");
        _bot.Api.Drain();
        for (var i = 0; i < 3; i++)
        {
            await AskAsync(Alex, "Alex", "next");
        }

        foreach (var (id, name, rating) in new[] { ("1400000000000000302", "Sam", "4"), ("1400000000000000303", "Jo", "4"), ("1400000000000000304", "Kim", "2") })
        {
            await AskAsync(id, name, rating);
        }

        _bot.Api.Drain();
        var reveal = await AskAsync(Alex, "Alex", "reveal");
        var upload = await _bot.Api.NextAsync();

        Assert.Contains("4 ▇▇ 2 (2 people rated 4)", Text(reveal), StringComparison.Ordinal);
        Assert.Equal("POST", upload.Method);
        Assert.StartsWith($"webhooks/{Interactions.ApplicationId}/", upload.Path, StringComparison.Ordinal);
        var file = Assert.Single(upload.Files);
        Assert.Equal("files[0]", file.Field);
        Assert.Equal("image/png", file.ContentType);
        using (var picture = SKBitmap.Decode(file.Bytes))
        {
            Assert.NotNull(picture);
            Assert.Equal((ChartPicture.Width, ChartPicture.Height), (picture.Width, picture.Height));
        }

        // Discord takes up to 10 MiB per upload for a bot without boosts; a chart is a small fraction of that.
        Assert.InRange(file.Bytes.Length, 1_000, 200 * 1024);
        var attachment = Assert.Single(upload.Body!["attachments"]!.AsArray())!;
        Assert.Equal(0, (int)attachment["id"]!);
        Assert.Equal(file.FileName, (string?)attachment["filename"]);
        var description = (string)attachment["description"]!;
        Assert.Contains("2 people rated 4, 1 person rated 2; nobody rated 1, 3 or 5. Average 3.3 out of 5.", description, StringComparison.Ordinal);
        Assert.InRange(description.Length, 1, 1024);
        Assert.Null(upload.Body![FileAttachments.FilesKey]);
        Assert.Null(upload.Body!["flags"]);
    }

    [Fact]
    public void AChartDrawsInTheShippedFontAtItsSizeWhateverTheMachineHas()
    {
        Assert.True(File.Exists(ChartPicture.FontPath), ChartPicture.FontPath);
        var bars = new[] { ("1", 0), ("2", 1), ("3", 0), ("4", 12), ("5", 3) }.Select(b => new CoproBot.Dialogs.Replies.ChartBar(b.Item1, b.Item2)).ToList();
        var chart = new CoproBot.Dialogs.Replies.ReplyChart("Principle 1 of 6: Balancing power", bars, "text", "alt", "Rating", "People");

        using var picture = SKBitmap.Decode(ChartPicture.Png(chart));

        Assert.Equal((ChartPicture.Width, ChartPicture.Height), (picture.Width, picture.Height));
        // Not a blank image: the bars and their labels are drawn in more than one colour.
        var colours = Enumerable.Range(0, 40).SelectMany(x => Enumerable.Range(0, 20).Select(y => picture.GetPixel(x * 16, y * 18))).Distinct().Count();
        Assert.True(colours > 2, $"{colours} colours");
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
