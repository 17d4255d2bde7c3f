using System.Text.RegularExpressions;
using CoproBot.Bot.Discord;
using CoproBot.Dialogs.Languages;
using CoproBot.Knowledge.Catalog;
using CoproBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace CoproBot.Tests.Languages;

/// <summary>Signed Discord interactions whose <c>locale</c> is French are answered in French.</summary>
public sealed partial class DiscordFrenchTests : IAsyncLifetime
{
    private DiscordBot _bot = null!;

    public async Task InitializeAsync() => _bot = await DiscordBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task HelpAskedWithAFrenchLocaleIsAnsweredInFrench()
    {
        var response = await _bot.InteractAsync(French(Interactions.Command("help")));

        // The first line of the French help, written without accents so it reads the same in escaped JSON.
        Assert.Contains("Voici ce que je peux faire", response.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Here's what I can do", response.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReflectionStartedWithAFrenchLocaleIsIntroducedInFrench()
    {
        var response = await _bot.InteractAsync(French(Interactions.Command("reflect", ("case", "esther"))));

        // The introduction, in the answer itself; the first question follows as a message of its own.
        Assert.Contains("cas 1 : ESTHER", response.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Let's reflect on", response.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheExportAskedWithAFrenchLocaleIsWrittenInFrenchForThePersonAlone()
    {
        var response = await _bot.InteractAsync(French(Interactions.Command("export-my-data")));

        Assert.Equal(64, (int)response["data"]!["flags"]!);
        Assert.StartsWith("# Vos données dans CoproBot", (string)response["data"]!["embeds"]![0]!["description"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCommandsNamesAreShownInFrenchAndTheEnglishNamesAreTheOnesTheBotReads()
    {
        using var output = new StringWriter();
        Assert.Equal(0, await _bot.Services.GetRequiredService<CommandRegistrar>().RunAsync(["register"], output, CancellationToken.None));
        var command = Assert.Single((await _bot.Api.NextAsync()).Body!.AsArray())!;

        var subCommands = command["options"]!.AsArray().Select(sub => sub!).ToList();
        var named = Flatten(command).Skip(1).ToList();
        Assert.Equal(26, named.Count);
        Assert.All(named, node => Assert.Matches(DiscordName(), (string)node["name_localizations"]!["fr"]!));
        Assert.Equal(
            ["demander", "cas", "comparer", "réfléchir", "mes-données", "exporter-mes-données", "oublie-moi", "aide", "modèle"],
            subCommands.Select(sub => (string)sub["name_localizations"]!["fr"]!));
        var template = subCommands.Single(sub => (string)sub["name"]! == "template");
        Assert.Equal(
            ["nouveau", "liste", "aperçu", "modifier", "partager", "supprimer", "exporter", "importer"],
            template["options"]!.AsArray().Select(sub => (string)sub!["name_localizations"]!["fr"]!));

        // Discord sends back the English names whatever the person saw: each one must be a command the bot reads.
        var choices = _bot.Services.GetRequiredService<ICommandChoices>();
        var commands = subCommands.Where(sub => (string)sub["name"]! is not ("help" or "template"))
            .Select(sub => ((string)sub["name"]!, sub))
            .Concat(template["options"]!.AsArray().Select(sub => ("template " + (string)sub!["name"]!, sub!)));
        foreach (var (name, sub) in commands)
        {
            var options = sub["options"]!.AsArray().ToDictionary(option => (string)option!["name"]!, _ => "esther");
            Assert.NotEqual("help", CoproCommand.TextOf(name, options, choices));
        }
    }

    private static IEnumerable<System.Text.Json.Nodes.JsonNode> Flatten(System.Text.Json.Nodes.JsonNode node) =>
        new[] { node }.Concat((node["options"]?.AsArray() ?? []).SelectMany(option => Flatten(option!)));

    [Fact]
    public async Task FeaturesAreOfferedUnderTheirFrenchTitlesToAFrenchClient()
    {
        var response = await _bot.InteractAsync(French(Interactions.Autocomplete("compare", "feature", string.Empty)));

        var translation = _bot.Services.GetRequiredService<KnowledgeCatalog>().Current.Translations["fr"].Translation;
        var offered = response["data"]!["choices"]!.AsArray().Select(choice => ((string)choice!["value"]!, (string)choice["name"]!)).ToList();
        Assert.NotEmpty(offered);
        Assert.All(offered, choice => Assert.Equal(translation.FeatureTitle(choice.Item1), choice.Item2));
        Assert.Contains(offered, choice => choice.Item2 == "Approche de coproduction");
    }

    [Fact]
    public async Task ASlowPrivateAnswerSettlesThePublicOriginalInFrench()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var probe = new TurnProbe { HoldText = "export my data" };
        await using var bot = await DiscordBot.StartAsync(services => services.AddSingleton<IMiddleware>(probe), time: time);

        var posting = bot.InteractAsync(French(Interactions.Command("ask", ("question", "export my data"))));
        await probe.Entered.WaitAsync(TimeSpan.FromSeconds(15));
        time.Advance(TimeSpan.FromMilliseconds(2000));
        await posting.WaitAsync(TimeSpan.FromSeconds(15));
        probe.Release();

        var original = await bot.Api.NextAsync();
        Assert.Equal("PATCH", original.Method);
        Assert.Equal(Language.French[Phrase.DiscordAnsweredPrivately], (string)original.Body!["embeds"]![0]!["description"]!);
        var followUp = await bot.Api.NextAsync();
        Assert.StartsWith("# Vos données dans CoproBot", (string)followUp.Body!["embeds"]![0]!["description"]!, StringComparison.Ordinal);
    }

    // Discord's rule for command and option names: lower case, no spaces, at most 32 characters.
    [GeneratedRegex(@"^[-_'\p{Ll}\p{Lo}\p{N}]{1,32}$")]
    private static partial Regex DiscordName();

    private static Dictionary<string, object?> French(Dictionary<string, object?> interaction)
    {
        interaction["locale"] = "fr";
        return interaction;
    }
}
