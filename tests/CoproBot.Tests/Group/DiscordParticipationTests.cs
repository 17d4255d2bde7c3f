using System.Text.Json.Nodes;
using CoproBot.Bot.Discord;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Group;

/// <summary>The balance of voices in a Discord channel: an ephemeral message, names for the facilitator alone.</summary>
public sealed class DiscordParticipationTests : IAsyncLifetime
{
    private const string Alex = "1400000000000000201";
    private const string Sam = "1400000000000000202";
    private const string Jo = "1400000000000000203";
    private const string Niamh = "1400000000000000204";
    private DiscordBot _bot = null!;

    public async Task InitializeAsync() => _bot = await DiscordBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task TheFacilitatorSeesWhoHasNotSpokenInAnEphemeralMessageAndAParticipantSeesCounts()
    {
        await StartAsync("open");

        var balance = await AskAsync(Alex, "Alex", "who hasn't spoken?");
        var counts = await AskAsync(Niamh, "Niamh", "how many have answered?");

        Assert.Equal(InteractionResponse.ChannelMessage, (int)balance["type"]!);
        Assert.Equal(64, (int)balance["data"]!["flags"]!);
        Assert.Contains("Contributed on this step: Sam once (1 in the session), Jo once (1 in the session).", Text(balance), StringComparison.Ordinal);
        Assert.Contains("You could invite Niamh to add a thought", Text(balance), StringComparison.Ordinal);
        Assert.Equal(64, (int)counts["data"]!["flags"]!);
        Assert.Contains("2 contributions from 2 people, of 4 who joined", Text(counts), StringComparison.Ordinal);
        Assert.DoesNotContain("Sam", Text(counts), StringComparison.Ordinal);
        Assert.DoesNotContain("Jo", Text(counts), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InAnAnonymousDiscordSessionTheFacilitatorSeesCountsOnly()
    {
        await StartAsync("anonymous");

        var balance = await AskAsync(Alex, "Alex", "participation");

        Assert.Equal(64, (int)balance["data"]!["flags"]!);
        Assert.Contains("2 contributions from 2 people, of 4 who joined", Text(balance), StringComparison.Ordinal);
        foreach (var identity in new[] { "Sam", "Jo", "Niamh", Sam, Jo, Niamh })
        {
            Assert.DoesNotContain(identity, Text(balance), StringComparison.Ordinal);
        }
    }

    private async Task StartAsync(string mode)
    {
        await AskAsync(Alex, "Alex", "facilitate ESTHER " + mode);
        await _bot.Api.NextAsync();
        await _bot.Api.NextAsync();
        await AskAsync(Niamh, "Niamh", "join");
        await _bot.InteractAsync(As(Sam, "Sam", Interactions.ModalSubmit("copro:text", "answer", "Meet people where they already are")));
        await _bot.InteractAsync(As(Jo, "Jo", Interactions.ModalSubmit("copro:text", "answer", "Ask families what they need")));
    }

    private Task<JsonObject> AskAsync(string id, string name, string words) =>
        _bot.InteractAsync(As(id, name, Interactions.Command("ask", ("question", words))));

    private static Dictionary<string, object?> As(string id, string name, Dictionary<string, object?> interaction)
    {
        interaction["member"] = new { user = new { id, username = name.ToLowerInvariant(), global_name = name, discriminator = "0" }, roles = Array.Empty<string>() };
        return interaction;
    }

    private static string Text(JsonNode node) =>
        string.Join("\n", ((node["data"] ?? node)["embeds"]?.AsArray() ?? []).Select(embed => (string?)embed!["description"]));
}
