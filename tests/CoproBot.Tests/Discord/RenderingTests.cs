using CoproBot.Bot.Conversation;
using CoproBot.Bot.Discord;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CoproBot.Tests.Discord;

public sealed class RenderingTests
{
    [Fact]
    public void LongTextIsSplitIntoEmbedsAndMessagesWithinDiscordsLimitsWithNothingLost()
    {
        var paragraphs = Enumerable.Range(1, 60).Select(i => $"Paragraph {i}: " + string.Join(' ', Enumerable.Repeat("coproduction", 40)));
        var text = string.Join("\n\n", paragraphs);

        var messages = MessageRenderer.Render(new Activity(ActivityTypes.Message) { Text = text }, ephemeral: false);

        Assert.True(messages.Count > 1);
        var descriptions = new List<string>();
        foreach (var message in messages)
        {
            var embeds = message["embeds"]!.AsArray();
            Assert.InRange(embeds.Count, 1, MessageRenderer.MaxEmbedsPerMessage);
            var lengths = embeds.Select(embed => ((string)embed!["description"]!).Length).ToList();
            Assert.All(lengths, length => Assert.InRange(length, 1, MessageRenderer.MaxDescription));
            Assert.InRange(lengths.Sum(), 1, MessageRenderer.MaxCharactersPerMessage);
            Assert.Equal("{\"parse\":[]}", message["allowed_mentions"]!.ToJsonString());
            descriptions.AddRange(embeds.Select(embed => (string)embed!["description"]!));
        }

        Assert.Equal(Words(text), Words(string.Join(" ", descriptions)));
    }

    [Fact]
    public void TextWithoutBreaksIsStillSplitWithoutLoss()
    {
        var text = new string('a', 10_000);

        var pieces = TextSplitter.Split(text, MessageRenderer.MaxDescription).ToList();

        Assert.Equal(text, string.Concat(pieces));
        Assert.All(pieces, piece => Assert.True(piece.Length <= MessageRenderer.MaxDescription));
    }

    [Fact]
    public void MoreChoicesThanButtonsAllowBecomeASelectMenu()
    {
        var choices = Enumerable.Range(1, 30).Select(i => $"Choice {i}").ToList();

        var message = MessageRenderer.Render((Activity)MessageFactory.SuggestedActions((IEnumerable<string>)choices, "Pick one", null, null), ephemeral: false).Single();

        var select = message["components"]![0]!["components"]![0]!;
        Assert.Equal(3, (int)select["type"]!);
        Assert.Equal(25, select["options"]!.AsArray().Count);
        Assert.Equal(2, message["components"]!.AsArray().Count);
    }

    [Fact]
    public void ButtonsComeFiveToARowWithLabelsWithinEightyCharacters()
    {
        var choices = Enumerable.Range(1, 7).Select(i => $"Choice {i} " + new string('x', 100)).ToList();

        var message = MessageRenderer.Render((Activity)MessageFactory.SuggestedActions((IEnumerable<string>)choices, "Pick one", null, null), ephemeral: false).Single();

        var rows = message["components"]!.AsArray();
        Assert.Equal([5, 2], rows.Select(row => row!["components"]!.AsArray().Count));
        var buttons = rows.SelectMany(row => row!["components"]!.AsArray()).ToList();
        Assert.All(buttons, button => Assert.True(((string)button!["label"]!).Length <= ComponentBuilder.MaxLabel));
        Assert.All(buttons, button => Assert.True(((string)button!["custom_id"]!).Length <= ComponentBuilder.MaxCustomId));
    }

    [Fact]
    public void AValueTooLongForACustomIdTravelsByIndexAndIsReadBackFromTheLabel()
    {
        var longValue = "Tell me more about " + new string('y', 120);
        var action = new CardAction(ActionTypes.ImBack, title: "More", value: longValue);

        var rows = ComponentBuilder.Build([action], withAnswerButton: false);
        var customId = (string)rows[0]!["components"]![0]!["custom_id"]!;

        Assert.Equal("i:0", customId);
    }

    [Fact]
    public void RepeatedValuesStillGetDistinctCustomIds()
    {
        var actions = new[] { new CardAction(ActionTypes.ImBack, "Yes", value: "yes"), new CardAction(ActionTypes.ImBack, "Yes!", value: "yes") };

        var rows = ComponentBuilder.Build(actions, withAnswerButton: false);

        var ids = rows[0]!["components"]!.AsArray().Select(button => (string)button!["custom_id"]!).ToList();
        Assert.Equal(["v:yes", "i:1"], ids);
    }

    [Fact]
    public void AHeroCardBecomesAnEmbedWithItsButtons()
    {
        var card = new HeroCard("ESTHER", "Sweden", "Care designed around Esther.", buttons: [new CardAction(ActionTypes.ImBack, "Reflect", value: "reflect on ESTHER")]);

        var message = MessageRenderer.Render((Activity)MessageFactory.Attachment(card.ToAttachment()), ephemeral: false).Single();

        var embed = message["embeds"]![0]!;
        Assert.Equal("ESTHER", (string)embed["title"]!);
        Assert.Equal("Sweden\n\nCare designed around Esther.", (string)embed["description"]!);
        Assert.Equal("v:reflect on ESTHER", (string)message["components"]![0]!["components"]![0]!["custom_id"]!);
    }

    [Fact]
    public void AModalTakesItsTitleLabelAndPlaceholderFromTheReplysHints()
    {
        var reply = MessageFactory.Text("What changed for Esther?", inputHint: InputHints.ExpectingInput);
        reply.ChannelData = new Newtonsoft.Json.Linq.JObject
        {
            ["textInput"] = new Newtonsoft.Json.Linq.JObject { ["title"] = "Reflecting on ESTHER", ["label"] = "What changed", ["placeholder"] = "A few sentences" },
        };

        var modal = ModalBuilder.For((Activity)reply);

        Assert.True(MessageRenderer.AsksForText((Activity)reply));
        Assert.Equal("Reflecting on ESTHER", (string)modal["title"]!);
        Assert.Equal("What changed for Esther?", (string)modal["components"]![0]!["content"]!);
        Assert.Equal("What changed", (string)modal["components"]![1]!["label"]!);
        Assert.Equal("A few sentences", (string)modal["components"]![1]!["component"]!["placeholder"]!);
    }

    [Fact]
    public void AChoicePromptIsNotARequestForText()
    {
        var reply = (Activity)MessageFactory.SuggestedActions((IEnumerable<string>)["Yes", "No"], "Continue?", null, InputHints.ExpectingInput);

        Assert.False(MessageRenderer.AsksForText(reply));
    }

    private static string[] Words(string text) => text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
}
