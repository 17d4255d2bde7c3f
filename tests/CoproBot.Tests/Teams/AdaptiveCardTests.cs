using System.Text;
using CoproBot.Bot.Teams.Cards;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CoproBot.Tests.Teams;

public sealed class AdaptiveCardTests
{
    [Fact]
    public void AnOrdinaryCardBecomesAnAttachment()
    {
        var attachment = new AdaptiveCard("ESTHER").Text("ESTHER", bold: true).Bullets(["What matters to Esther", "Who cooperates"]).Say("More", "tell me more").ToAttachment();

        Assert.NotNull(attachment);
        Assert.Equal(AdaptiveCard.ContentType, attachment.ContentType);
        Assert.Equal("1.5", (string)((JObject)attachment.Content)["version"]!);
    }

    [Fact]
    public void ACardOverTheLimitIsRefusedSoItsFallbackTextIsSentInstead()
    {
        Assert.Null(new AdaptiveCard("long").Text(new string('a', AdaptiveCard.MaxBytes)).ToAttachment());
    }

    [Fact]
    public void TextThatGrowsWhenEscapedIsMeasuredAsItWillBeSent()
    {
        // 14,000 control characters are 14 KB of text but 84 KB of JSON once each is written as \u0001.
        var escaped = new AdaptiveCard("escaped").Text(new string('\u0001', 14_000));
        var justUnder = new AdaptiveCard("fits").Text(new string('\u0001', 12_000));

        Assert.True(Encoding.UTF8.GetByteCount(escaped.ToJson().ToString(Formatting.None)) > AdaptiveCard.MaxBytes);
        Assert.Null(escaped.ToAttachment());
        Assert.NotNull(justUnder.ToAttachment());
    }
}
