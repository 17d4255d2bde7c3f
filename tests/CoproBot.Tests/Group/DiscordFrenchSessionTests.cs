using System.Text.Json.Nodes;
using CoproBot.Bot.Discord;
using CoproBot.Dialogs.Languages;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Group;

/// <summary>A group session in French on Discord: signed interactions with <c>locale: "fr"</c>, French buttons and ephemeral French replies.</summary>
public sealed class DiscordFrenchSessionTests : IAsyncLifetime
{
    private const string Camille = "1400000000000000301";
    private const string Sam = "1400000000000000302";
    private const string Jo = "1400000000000000303";
    private const string Niamh = "1400000000000000304";
    private static readonly Language French = Language.French;
    private DiscordBot _bot = null!;

    public async Task InitializeAsync() => _bot = await DiscordBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task AFrenchDiscordSessionPromptsWithFrenchButtonsAndAnswersEachPersonPrivatelyInFrench()
    {
        var opening = await AskAsync(Camille, "Camille", "facilitate ESTHER ouvert en français");
        Assert.StartsWith("Réfléchissons ensemble à **ESTHER**", Text(opening), StringComparison.Ordinal);
        Assert.Equal(French[Phrase.GroupModeOpen], Text((await _bot.Api.NextAsync()).Body!));
        var question = (await _bot.Api.NextAsync()).Body!;
        Assert.StartsWith("**Question 1 sur 3 (étape 1 sur 9)**", Text(question), StringComparison.Ordinal);
        Assert.Equal(["Contribuer", "Révéler", "Suivant", "Terminer"], Buttons(question));

        var modal = await _bot.InteractAsync(As(Sam, "Sam", Interactions.ButtonPress("v:Contribuer", question)));
        Assert.Equal(InteractionResponse.Modal, (int)modal["type"]!);
        Assert.Contains("Votre contribution", modal.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
        foreach (var (id, name, words) in new[] { (Sam, "Sam", "Aller vers les gens là où ils sont"), (Jo, "Jo", "Demander aux familles ce dont elles ont besoin") })
        {
            await _bot.InteractAsync(As(id, name, Interactions.ModalSubmit("copro:text", "answer", words)));
        }

        var joined = await AskAsync(Niamh, "Niamh", "rejoindre");
        Assert.Equal(64, (int)joined["data"]!["flags"]!);
        Assert.StartsWith("Bienvenue, vous participez.", Text(joined), StringComparison.Ordinal);

        var refused = await AnswerAsync(As(Jo, "Jo", Interactions.ButtonPress("v:Suivant", question)));
        Assert.Equal(64, (int)refused["data"]!["flags"]!);
        Assert.Equal(French.Format(Phrase.GroupOnlyFacilitator, French[Phrase.GroupToMoveOn]), Text(refused));

        var balance = await AskAsync(Camille, "Camille", "qui n'a pas encore parlé ?");
        Assert.Equal(InteractionResponse.ChannelMessage, (int)balance["type"]!);
        Assert.Equal(64, (int)balance["data"]!["flags"]!);
        Assert.Contains("Ont contribué à cette étape : Sam une fois (1 dans la session), Jo une fois (1 dans la session).", Text(balance), StringComparison.Ordinal);
        Assert.Contains("Vous pourriez inviter Niamh à partager une idée", Text(balance), StringComparison.Ordinal);

        var counts = await AskAsync(Niamh, "Niamh", "combien ont répondu ?");
        Assert.Equal(64, (int)counts["data"]!["flags"]!);
        Assert.Contains("Jusqu'ici sur cette étape : 2 contributions de 2 personnes, sur 4 qui ont rejoint la session.", Text(counts), StringComparison.Ordinal);
        Assert.DoesNotContain("Sam", Text(counts), StringComparison.Ordinal);
    }

    private Task<JsonObject> AskAsync(string id, string name, string words) =>
        AnswerAsync(As(id, name, Interactions.Command("ask", ("question", words))));

    // A turn that runs past Discord's deadline on a busy machine is deferred, then answered by editing the original:
    // the answer is that edit, with the flags the deferral set.
    private async Task<JsonObject> AnswerAsync(Dictionary<string, object?> interaction)
    {
        var response = await _bot.InteractAsync(interaction);
        if ((int)response["type"]! != InteractionResponse.DeferredChannelMessage)
        {
            return response;
        }

        var edit = (await _bot.Api.NextAsync()).Body!.AsObject().DeepClone().AsObject();
        edit["flags"] = response["data"]?["flags"]?.DeepClone();
        return new JsonObject { ["type"] = InteractionResponse.ChannelMessage, ["data"] = edit };
    }

    private static Dictionary<string, object?> As(string id, string name, Dictionary<string, object?> interaction)
    {
        interaction["member"] = new { user = new { id, username = name.ToLowerInvariant(), global_name = name, discriminator = "0" }, roles = Array.Empty<string>() };
        interaction["locale"] = "fr";
        return interaction;
    }

    private static string Text(JsonNode node) =>
        string.Join("\n", ((node["data"] ?? node)["embeds"]?.AsArray() ?? []).Select(embed => (string?)embed!["description"]));

    private static List<string> Buttons(JsonNode message) =>
        [.. (message["components"]?.AsArray() ?? []).SelectMany(row => row!["components"]!.AsArray()).Select(button => (string)button!["label"]!)];
}
