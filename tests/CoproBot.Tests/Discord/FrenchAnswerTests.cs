using CoproBot.Bot.Discord;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Discord;

/// <summary>A question asked with /copro ask from a Discord set to French is answered in French, the original beside it.</summary>
public sealed class FrenchAnswerTests
{
    [Fact]
    public async Task ANameAloneFromAFrenchDiscordIsAnsweredInFrenchWithTheOriginalUnderEachQuote()
    {
        await using var bot = await DiscordBot.StartAsync();
        var interaction = Interactions.Command("ask", ("question", "ESTHER ?"));
        interaction["locale"] = "fr";

        var response = await bot.InteractAsync(interaction);

        Assert.Equal(InteractionResponse.ChannelMessage, (int)response["type"]!);
        var data = response["data"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("Cas 1 : ESTHER", data, StringComparison.Ordinal);
        Assert.Contains("Joie, « plaisir sérieux »", data, StringComparison.Ordinal);
        Assert.Contains("Original (anglais) : _Focus on care coordination in complex needs population", data, StringComparison.Ordinal);
        Assert.Contains("(traduction)", data, StringComparison.Ordinal);
    }
}
