using System.Text.Json.Nodes;
using CoproBot.Bot.Discord;
using CoproBot.Dialogs.Replies;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace CoproBot.Tests.Discord;

/// <summary>A reply's document as a Discord file: named from its title, within Discord's limits, its words still in the message.</summary>
public sealed class FileRenderingTests
{
    [Theory]
    [InlineData("Réflexion de groupe ESTHER 2026-12-02", "markdown", "reflexion-de-groupe-esther-2026-12-02.md")]
    [InlineData("Ward 3: check-in!", "json", "ward-3-check-in.json")]
    [InlineData("«  »", "csv", "document.csv")]
    public void ADocumentIsNamedFromItsTitleInPlainLettersWithTheFormatsExtension(string title, string format, string expected) =>
        Assert.Equal(expected, new ReplyDocument(title, format, "x").FileName);

    [Fact]
    public void ADocumentTravelsAsAFileAfterItsWordsAndIsLeftOutWhenTooLargeToUpload()
    {
        var small = Render(new ReplyDocument("Summary", "markdown", "# Summary\n<figure>\n<svg/>\n</figure>") { InMessage = "# Summary" });
        Assert.Equal(2, small.Count);
        Assert.Equal("# Summary", (string?)small[0]["embeds"]![0]!["description"]);
        var files = Assert.IsType<JsonArray>(small[1][FileAttachments.FilesKey]);
        var made = Assert.Single(FileAttachments.Make(files));
        Assert.Equal(("summary.md", "text/markdown"), (made.Name, made.MediaType));
        Assert.Equal("Summary", (string?)small[1]["attachments"]![0]!["description"]);

        var large = Render(new ReplyDocument("Summary", "markdown", new string('x', FileAttachments.MaxDocumentBytes + 1)) { InMessage = "# Summary" });
        Assert.Single(large);
    }

    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("abcdefghijk", 5, "abcd…")]
    [InlineData("abc🙂def", 5, "abc…")]
    [InlineData("ab🙂def", 5, "ab🙂…")]
    public void ShortenedTextEndsWithAnEllipsisAndNeverSplitsACharacter(string text, int max, string expected)
    {
        var shortened = text.ShortenTo(max);
        Assert.Equal(expected, shortened);
        Assert.InRange(shortened.Length, 1, max);
    }

    private static List<JsonObject> Render(ReplyDocument document)
    {
        using var context = new TurnContext(new TestAdapter(), new Activity(ActivityTypes.Message) { ChannelId = "discord", Text = "export" });
        var activity = DiscordReplyRenderer.Instance.Render(context, new Reply(string.Empty) { Document = document });
        return MessageRenderer.Render(activity, ephemeral: false);
    }
}
