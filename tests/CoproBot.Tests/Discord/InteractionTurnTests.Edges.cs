using CoproBot.Bot.BotFramework;
using CoproBot.Bot.Discord;
using CoproBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace CoproBot.Tests.Discord;

/// <summary>Discord interactions at the edges: a failing turn, misshapen fields, autocomplete, private data and proactive posts.</summary>
public sealed partial class InteractionTurnTests
{
    [Fact]
    public async Task AFailingTurnStillAnswersWithTheApology()
    {
        var response = await _bot.InteractAsync(Interactions.Command("ask", ("question", "break please")));

        Assert.Equal(InteractionResponse.ChannelMessage, (int)response["type"]!);
        Assert.Equal(TurnErrorHandler.Apology, (string)response["data"]!["embeds"]![0]!["description"]!);
    }

    [Fact]
    public async Task AnInteractionWithMisshapenFieldsIsAnsweredNotFailed()
    {
        var interaction = Interactions.Command("ask");
        interaction["data"] = "not an object";
        interaction["member"] = 5;
        interaction["channel"] = new[] { 1 };

        var response = await _bot.InteractAsync(interaction);

        Assert.Equal(InteractionResponse.ChannelMessage, (int)response["type"]!);
        Assert.Equal("help", _probe.Received.Single().Text);
    }

    [Fact]
    public async Task AutocompleteOffersTheMatchingCases()
    {
        var response = await _bot.InteractAsync(Interactions.Autocomplete("reflect", "case", "rec"));

        Assert.Equal(InteractionResponse.AutocompleteResult, (int)response["type"]!);
        var choice = Assert.Single(response["data"]!["choices"]!.AsArray());
        Assert.Equal("Making Recovery Real", (string)choice!["name"]!);
        Assert.Equal("making-recovery-real", (string)choice["value"]!);
        Assert.Empty(_probe.Received);
    }

    [Fact]
    public async Task MyDataIsAnsweredOnlyToThePersonAsking()
    {
        var response = await _bot.InteractAsync(Interactions.Command("my-data"));

        Assert.Equal(64, (int)response["data"]!["flags"]!);
        Assert.Equal("my data", _probe.Received.Single().Text);
    }

    [Fact]
    public async Task AProactiveMessageGoesToTheChannelAsTheBot()
    {
        var adapter = _bot.Services.GetRequiredService<DiscordAdapter>();
        var reference = new ConversationReference
        {
            ChannelId = DiscordAdapter.ChannelId,
            Conversation = new ConversationAccount(id: "1700000000000000007"),
            Bot = new ChannelAccount(Interactions.ApplicationId, "CoproBot"),
            ServiceUrl = _bot.Api.BaseUrl,
        };

        await adapter.ContinueConversationAsync(Interactions.ApplicationId, reference, (context, cancellationToken) =>
            context.SendActivityAsync("Reminder for @everyone: the group meets at 10.", cancellationToken: cancellationToken), CancellationToken.None);

        var call = await _bot.Api.NextAsync();
        Assert.Equal("POST", call.Method);
        Assert.Equal("channels/1700000000000000007/messages", call.Path);
        Assert.Equal("Bot " + DiscordBot.BotToken, call.Authorization);
        AssertCannotPing(call.Body!);
    }
}
