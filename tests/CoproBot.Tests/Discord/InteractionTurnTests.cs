using System.Text.Json.Nodes;
using CoproBot.Bot.Discord;
using CoproBot.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace CoproBot.Tests.Discord;

public sealed partial class InteractionTurnTests : IAsyncLifetime
{
    private const string Question = "What did people who use the service bring to the design?";
    private readonly TurnProbe _probe = new();
    private DiscordBot _bot = null!;

    public async Task InitializeAsync()
    {
        _probe.Scripts["choose"] = context => context.SendActivityAsync(
            MessageFactory.SuggestedActions((IEnumerable<string>)["ESTHER", "Making Recovery Real", "CMHA Learning Centre"], "Which case?", null, null));
        _probe.Scripts["reflect on"] = context => context.SendActivityAsync(MessageFactory.Text(Question, inputHint: InputHints.ExpectingInput));
        _probe.Scripts["They brought"] = context => context.SendActivityAsync(MessageFactory.Text("And what changed because of it?", inputHint: InputHints.ExpectingInput));
        _probe.Scripts["echo "] = async context =>
        {
            await context.SendActivityAsync(context.Activity.Text[5..]);
            await context.SendActivityAsync("Said twice: " + context.Activity.Text[5..]);
        };
        _probe.Scripts["break"] = _ => throw new InvalidOperationException("A step of the bot failed.");
        _bot = await DiscordBot.StartAsync(services => services.AddSingleton<IMiddleware>(_probe));
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task CoproAskReachesTheBotAsTheQuestionAndIsAnsweredWithAChannelMessage()
    {
        var response = await _bot.InteractAsync(Interactions.Command("ask", ("question", "What are ESTHER's principles?")));

        Assert.Equal(InteractionResponse.ChannelMessage, (int)response["type"]!);
        var embed = response["data"]!["embeds"]![0]!;
        Assert.Contains("ESTHER: Inclusivity principles", response["data"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Balancing power", (string)embed["description"]!, StringComparison.Ordinal);
        AssertCannotPing(response["data"]!);

        var received = Assert.Single(_probe.Received);
        Assert.Equal("What are ESTHER's principles?", received.Text);
        Assert.Equal("discord", received.ChannelId);
        Assert.Equal(Interactions.ChannelId, received.Conversation.Id);
        Assert.Equal(Interactions.UserId, received.From.Id);
        Assert.Equal("River", received.From.Name);
        Assert.Equal("ask", (string?)((JObject)received.Value)["command"]);
    }

    [Theory]
    [InlineData("case", "case", "esther", "case ESTHER")]
    [InlineData("compare", "feature", "guiding-questions", "compare Guiding question(s)")]
    [InlineData("reflect", "case", "making-recovery-real", "reflect on Making Recovery Real")]
    public async Task SubCommandsReachTheBotAsTheWordsTheyStandFor(string subCommand, string option, string value, string text)
    {
        await _bot.InteractAsync(Interactions.Command(subCommand, (option, value)));

        var received = Assert.Single(_probe.Received);
        Assert.Equal(text, received.Text);
        Assert.Equal(value, (string?)((JObject)received.Value)[option]);
    }

    [Fact]
    public async Task SuggestedActionsBecomeButtonsAndAPressIsAnsweredWithAMessageUpdate()
    {
        var question = await _bot.InteractAsync(Interactions.Command("ask", ("question", "choose a case")));
        var message = question["data"]!.AsObject();
        var buttons = message["components"]![0]!["components"]!.AsArray();
        Assert.Equal(["ESTHER", "Making Recovery Real", "CMHA Learning Centre"], buttons.Select(button => (string)button!["label"]!));
        Assert.Equal("v:ESTHER", (string)buttons[0]!["custom_id"]!);

        var answer = await _bot.InteractAsync(Interactions.ButtonPress("v:ESTHER", Echoed(message)));

        Assert.Equal(InteractionResponse.UpdateMessage, (int)answer["type"]!);
        AssertCannotPing(answer["data"]!);
        var pressed = _probe.Received.Last();
        Assert.Equal("ESTHER", pressed.Text);
        Assert.Equal("v:ESTHER", (string?)((JObject)pressed.Value)["customId"]);
    }

    [Fact]
    public async Task AReplyThatAsksForTextOpensAModalAndTheSubmittedTextFlowsBack()
    {
        var modal = await _bot.InteractAsync(Interactions.Command("reflect", ("case", "esther")));

        Assert.Equal(InteractionResponse.Modal, (int)modal["type"]!);
        var data = modal["data"]!;
        Assert.Equal(ModalBuilder.ModalId, (string)data["custom_id"]!);
        Assert.Equal(Question, (string)data["components"]![0]!["content"]!);
        Assert.Equal(ModalBuilder.InputId, (string)data["components"]![1]!["component"]!["custom_id"]!);

        var next = await _bot.InteractAsync(Interactions.ModalSubmit(ModalBuilder.ModalId, ModalBuilder.InputId, "They brought lived experience"));

        var submitted = _probe.Received.Last();
        Assert.Equal("They brought lived experience", submitted.Text);
        Assert.Equal("They brought lived experience", (string?)((JObject)submitted.Value)["fields"]![ModalBuilder.InputId]);

        // A modal cannot answer a modal: the next question comes as a message whose Answer button opens the box.
        Assert.Equal(InteractionResponse.ChannelMessage, (int)next["type"]!);
        var rows = next["data"]!["components"]!.AsArray();
        Assert.Equal(ComponentBuilder.AnswerId, (string)rows[^1]!["components"]![0]!["custom_id"]!);

        var reopened = await _bot.InteractAsync(Interactions.ButtonPress(ComponentBuilder.AnswerId, Echoed(next["data"]!.AsObject())));

        Assert.Equal(InteractionResponse.Modal, (int)reopened["type"]!);
        Assert.Equal("And what changed because of it?", (string)reopened["data"]!["components"]![0]!["content"]!);
    }

    [Fact]
    public async Task MentionsInUserTextCannotPingInTheAnswerOrTheFollowUps()
    {
        const string text = "@everyone @here <@1400000000000000004> <@&1600000000000000006> look";

        var interaction = Interactions.Command("ask", ("question", "echo " + text));

        var response = await _bot.InteractAsync(interaction);

        AssertCannotPing(response["data"]!);
        Assert.Equal(text, (string)response["data"]!["embeds"]![0]!["description"]!);
        var followUp = await _bot.Api.NextAsync();
        Assert.Equal("POST", followUp.Method);
        Assert.Equal($"webhooks/{Interactions.ApplicationId}/{interaction["token"]}", followUp.Path);
        AssertCannotPing(followUp.Body!);
        Assert.Equal("Said twice: " + text, (string)followUp.Body!["embeds"]![0]!["description"]!);
    }

    [Fact]
    public async Task ADirectMessageIsAConversationWithThePersonInTheDmChannel()
    {
        var interaction = Interactions.Command("help");
        interaction.Remove("guild_id");
        interaction.Remove("member");
        interaction["channel_id"] = "1900000000000000010";
        interaction["user"] = new { id = "1400000000000000011", username = "sam" };

        await _bot.InteractAsync(interaction);

        var received = Assert.Single(_probe.Received);
        Assert.Equal("1900000000000000010", received.Conversation.Id);
        Assert.Equal("personal", received.Conversation.ConversationType);
        Assert.Equal("1400000000000000011", received.From.Id);
        Assert.Equal("sam", received.From.Name);
        Assert.Equal("help", received.Text);
    }

    [Fact]
    public async Task AChoiceFromASelectMenuReachesTheBotAsItsValue()
    {
        var interaction = Interactions.ButtonPress(ComponentBuilder.SelectId, new { id = "1800000000000000008", type = 0 });
        interaction["data"] = new { custom_id = ComponentBuilder.SelectId, component_type = 3, values = new[] { "v:CMHA Learning Centre" } };

        var response = await _bot.InteractAsync(interaction);

        Assert.Equal(InteractionResponse.UpdateMessage, (int)response["type"]!);
        Assert.Equal("CMHA Learning Centre", _probe.Received.Single().Text);
    }

    private static void AssertCannotPing(JsonNode message) =>
        Assert.Equal("{\"parse\":[]}", message["allowed_mentions"]!.ToJsonString());

    // Discord sends the message a component belongs to along with the press.
    private static JsonObject Echoed(JsonObject sent)
    {
        var message = sent.DeepClone().AsObject();
        message["id"] = "1800000000000000008";
        message["type"] = 0;
        return message;
    }

}
