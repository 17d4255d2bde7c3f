using System.Text.Json.Nodes;
using CoproBot.Bot.Discord;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Care;

/// <summary>On Discord, words of crisis in a modal field or a pressed component get support only the person sees, and are not kept.</summary>
public sealed class DiscordCrisisTests : IAsyncLifetime
{
    private readonly CapturedLogs _logs = new();
    private DiscordBot _bot = null!;

    public async Task InitializeAsync() => _bot = await DiscordBot.StartAsync(services: _logs.AddTo);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task ACrisisTypedIntoAReflectionModalGetsEphemeralSupportAndIsNotKept()
    {
        const string words = "Some days I want to kill myself";
        await _bot.InteractAsync(Interactions.Command("reflect", ("case", "esther")));

        var support = await _bot.InteractAsync(Interactions.ModalSubmit("copro:text", "answer", words));

        Assert.Equal(InteractionResponse.ChannelMessage, (int)support["type"]!);
        Assert.Equal(64, (int)support["data"]!["flags"]!);
        Assert.StartsWith("I'm really sorry you're going through this", Text(support), StringComparison.Ordinal);
        Assert.Contains("Samaritans: 116 123", Text(support), StringComparison.Ordinal);
        Assert.Contains("I've paused our reflection", Text(support), StringComparison.Ordinal);
        Assert.DoesNotContain("kill myself", Text(support), StringComparison.Ordinal);
        CareTraces.AssertNowhere(_bot.Host, _logs, words, "kill myself");
    }

    [Fact]
    public async Task ACrisisInAPressedComponentsValueIsCheckedToo()
    {
        var message = new { id = "1800000000000000010", type = 0, content = string.Empty, components = Array.Empty<object>() };

        var support = await _bot.InteractAsync(Interactions.ButtonPress("v:I have been thinking about suicide", message));

        Assert.Equal(64, (int)support["data"]!["flags"]!);
        Assert.StartsWith("I'm really sorry you're going through this", Text(support), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFrenchDiscordUserGetsFrenchSupportWithTheLinesOfFranceAndCanada()
    {
        var modal = Interactions.ModalSubmit("copro:text", "answer", "je pense au suicide tous les jours");
        modal["locale"] = "fr";

        var support = Text(await _bot.InteractAsync(modal));

        Assert.StartsWith("Je suis vraiment désolé", support, StringComparison.Ordinal);
        Assert.Contains("3114", support, StringComparison.Ordinal);
        Assert.Contains("988", support, StringComparison.Ordinal);
    }

    // The text of a response: every embed's description.
    private static string Text(JsonNode node) =>
        string.Join("\n", ((node["data"] ?? node)["embeds"]?.AsArray() ?? []).Select(embed => (string?)embed!["description"]));
}
