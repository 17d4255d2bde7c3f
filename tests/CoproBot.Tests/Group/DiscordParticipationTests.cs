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

    [Fact]
    public async Task WhenOneVoiceTipsPastHalfOfAStepTheFacilitatorAloneHearsOfItInADirectMessageOnce()
    {
        await StartAsync("open");
        _bot.Api.Respond = call => call.Path == "users/@me/channels" ? Microsoft.AspNetCore.Http.Results.Json(new { id = "1700000000000000999", type = 1 }) : null;
        _bot.Api.Drain();

        // Sam's second thought makes 2 of 3, too few to judge; the third makes 3 of 4: more than half.
        await _bot.InteractAsync(As(Sam, "Sam", Interactions.ModalSubmit("copro:text", "answer", "Their carers too")));
        await _bot.InteractAsync(As(Sam, "Sam", Interactions.ModalSubmit("copro:text", "answer", "The district nurse")));
        var opened = await NextCallAsync("users/@me/channels");
        Assert.Equal(Alex, (string?)opened.Body!["recipient_id"]);
        var note = await NextCallAsync("channels/1700000000000000999/messages");
        var words = string.Join("\n", note.Body!["embeds"]!.AsArray().Select(embed => (string?)embed!["description"]));
        Assert.Contains("One person has given more than half of this step's contributions so far.", words, StringComparison.Ordinal);
        Assert.Contains("Sam 3 times", words, StringComparison.Ordinal);
        Assert.Null(note.Body["flags"]);

        // Nothing of it reached the channel or Sam; a fourth thought from Sam tips nothing, so says nothing more.
        Assert.DoesNotContain(_bot.Api.All, call => call.Path.StartsWith("webhooks/", StringComparison.Ordinal) && (call.Body?.ToJsonString() ?? string.Empty).Contains("more than half", StringComparison.Ordinal));
        await _bot.InteractAsync(As(Sam, "Sam", Interactions.ModalSubmit("copro:text", "answer", "And the GP")));
        Assert.Equal(1, _bot.Api.All.Count(call => call.Path == "users/@me/channels"));
    }

    [Fact]
    public async Task WhenTheFacilitatorTakesNoDirectMessagesTheNoteIsNotSentAnywhere()
    {
        await StartAsync("open");
        _bot.Api.Respond = call => call.Path == "users/@me/channels" ? Microsoft.AspNetCore.Http.Results.Json(new { code = 50007, message = "Cannot send messages to this user" }, statusCode: 403) : null;

        await _bot.InteractAsync(As(Sam, "Sam", Interactions.ModalSubmit("copro:text", "answer", "Their carers too")));
        var thanked = await _bot.InteractAsync(As(Sam, "Sam", Interactions.ModalSubmit("copro:text", "answer", "The district nurse")));

        Assert.DoesNotContain("more than half", thanked.ToJsonString(), StringComparison.Ordinal);
        Assert.Single(_bot.Api.All, call => call.Path == "users/@me/channels");
        Assert.DoesNotContain(_bot.Api.All, call => (call.Body?.ToJsonString() ?? string.Empty).Contains("more than half", StringComparison.Ordinal));
    }

    private async Task<DiscordCall> NextCallAsync(string path)
    {
        while (true)
        {
            var call = await _bot.Api.NextAsync(TimeSpan.FromSeconds(10));
            if (call.Path == path)
            {
                return call;
            }
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
