using System.Text.Json.Nodes;
using CoproBot.Bot.Discord;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Group;

public sealed class DiscordGroupSessionTests : IAsyncLifetime
{
    private const string Alex = "1400000000000000101";
    private const string Sam = "1400000000000000102";
    private const string Jo = "1400000000000000103";
    private DiscordBot _bot = null!;

    public async Task InitializeAsync() => _bot = await DiscordBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task ASilentSessionInADiscordChannelCollectsThroughModalsPrivatelyAndRevealsTogether()
    {
        var opening = await _bot.InteractAsync(As(Alex, "Alex", Interactions.Command("ask", ("question", "facilitate ESTHER silently"))));
        Assert.Contains("I delete the session 30 days after it starts", Text(opening), StringComparison.Ordinal);
        await _bot.Api.NextAsync();
        var question = (await _bot.Api.NextAsync()).Body!;
        Assert.Contains("Question 1 of 3", Text(question), StringComparison.Ordinal);

        var modal = await _bot.InteractAsync(As(Sam, "Sam", Interactions.ButtonPress("v:Contribute", question)));
        Assert.Equal(InteractionResponse.Modal, (int)modal["type"]!);

        foreach (var (id, name, words) in new[] { (Sam, "Sam", "Meet people where they already are"), (Jo, "Jo", "Ask families what they need") })
        {
            var ack = await _bot.InteractAsync(As(id, name, Interactions.ModalSubmit("copro:text", "answer", words)));
            Assert.Equal(InteractionResponse.ChannelMessage, (int)ack["type"]!);
            Assert.Equal(64, (int)ack["data"]!["flags"]!);
            Assert.DoesNotContain(words, Text(ack), StringComparison.Ordinal);
        }

        var refused = await _bot.InteractAsync(As(Jo, "Jo", Interactions.ButtonPress("v:Next", question)));
        Assert.Equal(InteractionResponse.ChannelMessage, (int)refused["type"]!);
        Assert.Equal(64, (int)refused["data"]!["flags"]!);
        Assert.Contains("Only the facilitator", Text(refused), StringComparison.Ordinal);

        var reveal = await _bot.InteractAsync(As(Alex, "Alex", Interactions.ButtonPress("v:Reveal", question)));
        Assert.Null(reveal["data"]!["flags"]);
        Assert.Contains("- Sam: Meet people where they already are", Text(reveal), StringComparison.Ordinal);
        Assert.Contains("- Jo: Ask families what they need", Text(reveal), StringComparison.Ordinal);

        var handed = await _bot.InteractAsync(As(Alex, "Alex", Interactions.Command("ask", ("question", $"hand over to <@{Sam}>"))));
        Assert.StartsWith($"<@{Sam}>, you're now the facilitator", Text(handed), StringComparison.Ordinal);
        Assert.Contains("Only the facilitator", Text(await _bot.InteractAsync(As(Alex, "Alex", Interactions.Command("ask", ("question", "end"))))), StringComparison.Ordinal);

        var ended = await _bot.InteractAsync(As(Sam, "Sam", Interactions.Command("ask", ("question", "end"))));
        Assert.Contains("2 contributions from 2 people", Text(ended), StringComparison.Ordinal);
        Assert.Contains("Alex, Sam, Jo", Text((await _bot.Api.NextAsync()).Body!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnonymousDiscordSessionNamesNobodyAndCrisisWordsGetPrivateSupportOnly()
    {
        await _bot.InteractAsync(As(Alex, "Alex", Interactions.Command("ask", ("question", "facilitate ESTHER anonymous"))));
        await _bot.Api.NextAsync();
        await _bot.Api.NextAsync();
        await _bot.InteractAsync(As(Sam, "Sam", Interactions.ModalSubmit("copro:text", "answer", "Fewer handovers between teams")));

        var support = await _bot.InteractAsync(As(Jo, "Jo", Interactions.ModalSubmit("copro:text", "answer", "I want to kill myself")));
        Assert.Equal(64, (int)support["data"]!["flags"]!);
        Assert.DoesNotContain("kill myself", Text(support), StringComparison.Ordinal);

        var reveal = Text(await _bot.InteractAsync(As(Alex, "Alex", Interactions.Command("ask", ("question", "reveal")))));
        var csv = Text(await _bot.InteractAsync(As(Alex, "Alex", Interactions.Command("ask", ("question", "export csv")))));
        foreach (var shown in new[] { reveal, csv })
        {
            Assert.Contains("Fewer handovers between teams", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("kill myself", shown, StringComparison.Ordinal);
            foreach (var identity in new[] { "Sam", "Jo", "Alex", Sam, Jo, Alex })
            {
                Assert.DoesNotContain(identity, shown, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task OpenAndRoundRobinSessionsInADiscordChannelShowWhatIsGivenAndInviteEachPersonInTurn()
    {
        await _bot.InteractAsync(As(Alex, "Alex", Interactions.Command("ask", ("question", "facilitate ESTHER open"))));
        await _bot.Api.NextAsync();
        await _bot.Api.NextAsync();
        await _bot.InteractAsync(As(Jo, "Jo", Interactions.Command("ask", ("question", "join"))));

        var shown = await _bot.InteractAsync(As(Sam, "Sam", Interactions.ModalSubmit("copro:text", "answer", "Start with the kitchen table")));
        Assert.Null(shown["data"]!["flags"]);
        Assert.Equal("**Sam** on Question 1 of 3 (step 1 of 9): Start with the kitchen table", Text(shown));

        var mode = await _bot.InteractAsync(As(Alex, "Alex", Interactions.Command("ask", ("question", "mode round robin"))));
        Assert.Contains("Round robin", Text(mode), StringComparison.Ordinal);
        await _bot.Api.NextAsync();
        Assert.StartsWith($"<@{Alex}>, it's your turn", Text((await _bot.Api.NextAsync()).Body!), StringComparison.Ordinal);

        await _bot.InteractAsync(As(Alex, "Alex", Interactions.Command("ask", ("question", "pass"))));
        Assert.StartsWith($"<@{Jo}>, it's your turn", Text((await _bot.Api.NextAsync()).Body!), StringComparison.Ordinal);
        await _bot.InteractAsync(As(Jo, "Jo", Interactions.ModalSubmit("copro:text", "answer", "Bring the carers in early")));
        Assert.StartsWith($"<@{Sam}>, it's your turn", Text((await _bot.Api.NextAsync()).Body!), StringComparison.Ordinal);
    }

    private static Dictionary<string, object?> As(string id, string name, Dictionary<string, object?> interaction)
    {
        interaction["member"] = new { user = new { id, username = name.ToLowerInvariant(), global_name = name, discriminator = "0" }, roles = Array.Empty<string>() };
        return interaction;
    }

    // The text of a response or message: every embed's description.
    private static string Text(JsonNode node)
    {
        var message = node["data"] ?? node;
        return string.Join("\n", (message["embeds"]?.AsArray() ?? []).Select(embed => (string?)embed!["description"]));
    }
}
