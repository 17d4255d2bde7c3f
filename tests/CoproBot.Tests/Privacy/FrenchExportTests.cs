using System.Text.Json;
using CoproBot.Bot.Privacy.Export;
using CoproBot.Dialogs.Languages;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Privacy;

/// <summary>"exporter mes données" from a French Teams (fr-CA), through /api/messages: the export is written in French.</summary>
public sealed class FrenchExportTests : IAsyncLifetime
{
    private static readonly Language French = Language.French;
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task TheExportOfAFrenchSpeakerHasFrenchHeadingsLabelsAndExplanations()
    {
        await ReflectInFrenchAsync("a:fr-export");

        var export = string.Join("\n", await SayAsync("a:fr-export", "exporter mes données"));

        Assert.StartsWith("# Vos données dans CoproBot\n\nExporté le ", export, StringComparison.Ordinal);
        Assert.Contains(French[Phrase.ExportScope], export, StringComparison.Ordinal);
        Assert.Contains("## Réflexions terminées\n\n_" + French[Phrase.ExportCompletedReflectionsAbout] + "_", export, StringComparison.Ordinal);
        Assert.Contains("### Réflexion 1 : ESTHER", export, StringComparison.Ordinal);
        Assert.Matches(@"- \*\*Terminée\*\* : \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", export);

        // The reflection under way: its step in French, with the case's own question as the case wrote it.
        Assert.Contains("### Réflexion en cours sur ESTHER", export, StringComparison.Ordinal);
        Assert.Contains("- **Étape** : question directrice 2 sur 3 : Who needs to cooperate to fulfill this?", export, StringComparison.Ordinal);
        Assert.Contains("- **En pause** : non", export, StringComparison.Ordinal);
        Assert.Contains("## Comment je peux vous joindre", export, StringComparison.Ordinal);
        Assert.Contains("- **Canal** : Microsoft Teams", export, StringComparison.Ordinal);
        Assert.Contains("## Où en sont nos conversations", export, StringComparison.Ordinal);

        foreach (var english in new[] { "Your data", "Completed reflections", "How I can reach you", "Reflection in progress", "**Step**", "**Channel**" })
        {
            Assert.DoesNotContain(english, export, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheJsonExportKeepsItsStructureNamesAndPutsTheWordsInFrench()
    {
        await ReflectInFrenchAsync("a:fr-json");

        var reply = string.Join("\n", await SayAsync("a:fr-json", "exporter mes données en json"));

        using var json = JsonDocument.Parse(reply["```json\n".Length..reply.LastIndexOf("```", StringComparison.Ordinal)]);
        var root = json.RootElement;
        Assert.Equal("Vos données dans CoproBot", root.GetProperty("title").GetString());
        var completed = root.GetProperty(French[PersonalDataExport.CompletedReflections]);
        Assert.Equal(French[Phrase.ExportCompletedReflectionsAbout], completed.GetProperty("about").GetString());
        var reflection = completed.GetProperty("records")[0];
        Assert.Equal("Réflexion 1 : ESTHER", reflection.GetProperty("title").GetString());
        Assert.Equal("ESTHER", reflection.GetProperty("Cas").GetString());
        Assert.False(root.TryGetProperty(Language.English[PersonalDataExport.CompletedReflections], out _));
    }

    [Fact]
    public async Task AnEnglishSpeakerStillGetsTheExportInEnglish()
    {
        var activity = TeamsActivities.Personal(_host.Connector.ServiceUrl, "a:en-export", "hello");
        await _host.PostAsync(activity);

        var export = string.Join("\n", await _host.PostAsync(TeamsActivities.Personal(_host.Connector.ServiceUrl, "a:en-export", "export my data")));

        Assert.StartsWith("# Your data in CoproBot\n\nExported ", export, StringComparison.Ordinal);
        Assert.Contains("- **Channel**: Microsoft Teams", export, StringComparison.Ordinal);
        Assert.DoesNotContain("Vos données", export, StringComparison.Ordinal);
    }

    // One reflection finished in French, and a second one started and answered once.
    private async Task ReflectInFrenchAsync(string conversation)
    {
        await SayAsync(conversation, "réfléchir sur ESTHER");
        foreach (var text in new[] { "Qu'on l'écoute sur ce qui compte", "Sa fille et le médecin", "Moins de passages de relais" })
        {
            await SayAsync(conversation, text);
        }

        foreach (var rating in new[] { "4", "3", "5", "2", "4", "3" })
        {
            await SayAsync(conversation, rating);
            await SayAsync(conversation, "passer");
        }

        await SayAsync(conversation, "réfléchir sur ESTHER");
        var next = await SayAsync(conversation, "Lui demander à quoi ressemble une bonne journée");
        Assert.Contains(next, text => text.StartsWith("Question 2 sur 3", StringComparison.Ordinal));
    }

    private Task<List<string>> SayAsync(string conversation, string text)
    {
        var activity = TeamsActivities.Personal(_host.Connector.ServiceUrl, conversation, text);
        activity["locale"] = "fr-CA";
        return _host.PostAsync(activity);
    }
}
