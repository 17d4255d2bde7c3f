using System.Text.Json.Nodes;
using CoproBot.Bot.Discord;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Discord;

/// <summary>A modal names the step it asked, and its submit is saved for that step even once the group has moved on.</summary>
public sealed class ModalRoundTripTests
{
    private const string Alex = "1400000000000000201";
    private const string Sam = "1400000000000000202";

    [Fact]
    public async Task AContributionModalCarriesItsStepAndIsSavedForItAfterTheGroupMovesOn()
    {
        await using var bot = await DiscordBot.StartAsync();
        await bot.InteractAsync(As(Alex, "Alex", Interactions.Command("ask", ("question", "facilitate ESTHER silently"))));
        await bot.Api.NextAsync();
        var question = (await bot.Api.NextAsync()).Body!;

        var modal = await bot.InteractAsync(As(Sam, "Sam", Interactions.ButtonPress("v:Contribute", question)));
        Assert.Equal(InteractionResponse.Modal, (int)modal["type"]!);
        var modalId = (string)modal["data"]!["custom_id"]!;
        Assert.StartsWith(ModalBuilder.ModalId + ":", modalId, StringComparison.Ordinal);
        Assert.Equal("Your contribution", (string)modal["data"]!["title"]!);

        await bot.InteractAsync(As(Alex, "Alex", Interactions.ButtonPress("v:Next", question)));
        bot.Api.Drain();
        var ack = await bot.InteractAsync(As(Sam, "Sam", Interactions.ModalSubmit(modalId, "answer", "Start with the kitchen table")));

        Assert.Equal(64, (int)ack["data"]!["flags"]!);
        Assert.StartsWith("Thanks, your contribution to Question 1 of 3", Text(ack), StringComparison.Ordinal);
    }

    private static Dictionary<string, object?> As(string id, string name, Dictionary<string, object?> interaction)
    {
        interaction["member"] = new { user = new { id, username = name.ToLowerInvariant(), global_name = name, discriminator = "0" }, roles = Array.Empty<string>() };
        return interaction;
    }

    private static string Text(JsonNode node) =>
        string.Join("\n", ((node["data"] ?? node)["embeds"]?.AsArray() ?? []).Select(embed => (string?)embed!["description"]));
}
