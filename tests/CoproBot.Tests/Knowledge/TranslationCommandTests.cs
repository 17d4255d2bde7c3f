using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Knowledge;

/// <summary><c>kb import FILE --language fr</c> and <c>kb export FILE --language fr</c>: the real program, its own store, files on disk.</summary>
public sealed class TranslationCommandTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("coprobot-kbfr-").FullName;

    [Fact]
    public async Task AnImportedFrenchRenderingIsStoredAsANewGenerationAndExportedAgain()
    {
        var shipped = await ExportAsync("shipped.txt");
        var edited = Path.Combine(_folder, "edited.txt");
        await File.WriteAllTextAsync(edited, shipped.Replace("· Équilibre des pouvoirs", "· Rééquilibrer le pouvoir", StringComparison.Ordinal));

        var import = await RunAsync(["kb", "import", edited, "--language", "fr"]);
        var exported = await ExportAsync("after.txt");

        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Contains("Imported the 'fr' translation of 3 cases (generation 2)", import.Output, StringComparison.Ordinal);
        Assert.Contains("· Rééquilibrer le pouvoir", exported, StringComparison.Ordinal);
        Assert.DoesNotContain("Équilibre des pouvoirs", exported, StringComparison.Ordinal);
        Assert.StartsWith("\tCaractéristiques des cas (traduction française", exported, StringComparison.Ordinal);

        // The English original is untouched by a translation's import.
        var english = await RunAsync(["kb", "export", Path.Combine(_folder, "english.txt")]);
        Assert.True(english.ExitCode == 0, english.Error);
        Assert.Contains("· Balancing power", await File.ReadAllTextAsync(Path.Combine(_folder, "english.txt")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("round.txt")]
    [InlineData("round.json")]
    public async Task AnExportedTranslationImportsBackAsTheSameTranslation(string file)
    {
        var first = await ExportAsync(file);

        var import = await RunAsync(["kb", "import", Path.Combine(_folder, file), "--language", "fr"]);
        var second = await ExportAsync("again-" + file);

        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Equal(first, second);
        Assert.Contains("Qu'est-ce qui rendrait le rétablissement réel à Dundee ?", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATranslationMissingAListItemIsRejectedWholeWithItsLineAndNothingChanges()
    {
        var shipped = await ExportAsync("shipped.txt");
        var broken = Path.Combine(_folder, "broken.txt");

        // A wrong item count elsewhere would be imported if the check stopped at the first cell: the first line changes too.
        await File.WriteAllTextAsync(broken, shipped
            .Replace("D'abord des patients âgés", "D'abord et surtout des patients âgés", StringComparison.Ordinal)
            .Replace("\n· Ouverture, transparence", string.Empty, StringComparison.Ordinal));

        var import = await RunAsync(["kb", "import", broken, "--language", "fr"]);
        var after = await ExportAsync("after.txt");

        Assert.Equal(1, import.ExitCode);
        Assert.Matches(@"broken\.txt:\d+: RaggedBlock: 'inclusivity-principles' of 'esther' has 5 list items; the original has 6", import.Error);
        Assert.Contains("Nothing was imported", import.Error, StringComparison.Ordinal);
        Assert.Equal(shipped, after);
    }

    [Fact]
    public async Task ATranslationWithAFeatureTheOriginalDoesNotHaveIsRejectedNamingIt()
    {
        var shipped = await ExportAsync("shipped.txt");
        var broken = Path.Combine(_folder, "renamed.txt");
        await File.WriteAllTextAsync(broken, shipped.Replace("\tPrincipes d'inclusivité\n", "\tNos principes\n", StringComparison.Ordinal));

        var import = await RunAsync(["kb", "import", broken, "--language", "fr"]);

        Assert.Equal(1, import.ExitCode);
        Assert.Contains("The feature 'Nos principes' is not one of the original's", import.Error, StringComparison.Ordinal);
        Assert.Equal(shipped, await ExportAsync("after.txt"));
    }

    [Fact]
    public async Task ANewOriginalLeavesTheTranslationOfWhatChangedMarkedOutOfDateInTheImportAndInAnswers()
    {
        var english = Path.Combine(_folder, "english.txt");
        Assert.Equal(0, (await RunAsync(["kb", "export", english])).ExitCode);
        await File.WriteAllTextAsync(english, (await File.ReadAllTextAsync(english)).Replace("· Balancing power", "· Sharing power", StringComparison.Ordinal));

        var import = await RunAsync(["kb", "import", english]);

        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Contains("The 'fr' translation renders an earlier text of 1 cell(s), now shown as out of date in answers: ESTHER: Inclusivity principles.", import.Output, StringComparison.Ordinal);

        // The bot over the same store still shows the French, the nearest reading, but says it renders an earlier original.
        await using (var host = await BotHost.StartAsync(dataDirectory: Path.Combine(_folder, "data")))
        {
            var principles = await AskInFrenchAsync(host, "Quels sont les principes d'inclusivité d'ESTHER ?");
            Assert.Contains("Équilibre des pouvoirs", principles, StringComparison.Ordinal);
            Assert.Contains("Sharing power", principles, StringComparison.Ordinal);
            Assert.Contains("_Source : ESTHER, principes d'inclusivité (traduction d'une version antérieure : l'original a changé depuis et fait foi)_", principles, StringComparison.Ordinal);

            var unchanged = await AskInFrenchAsync(host, "Quelle est l'approche de coproduction d'ESTHER ?");
            Assert.Contains("_Source : ESTHER, approche de coproduction (traduction)_", unchanged, StringComparison.Ordinal);
        }

        // A translation imported after the new original is made from it, so nothing is out of date any more.
        var french = await ExportAsync("french.txt");
        var again = await RunAsync(["kb", "import", Path.Combine(_folder, "french.txt"), "--language", "fr"]);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains("· Équilibre des pouvoirs", french, StringComparison.Ordinal);
        await using (var host = await BotHost.StartAsync(dataDirectory: Path.Combine(_folder, "data")))
        {
            var principles = await AskInFrenchAsync(host, "Quels sont les principes d'inclusivité d'ESTHER ?");
            Assert.True(principles.Contains("_Source : ESTHER, principes d'inclusivité (traduction)_", StringComparison.Ordinal), principles);
        }
    }

    [Fact]
    public async Task ALanguageTheKnowledgeIsNotKeptInIsRefusedByName()
    {
        var run = await RunAsync(["kb", "export", Path.Combine(_folder, "de.txt"), "--language", "de"]);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("not 'de'", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "de.txt")));
    }

    private static async Task<string> AskInFrenchAsync(BotHost host, string question)
    {
        var activity = Activities.Message(host.Connector.ServiceUrl, "fr:out-of-date", question);
        activity["locale"] = "fr-CA";
        return Assert.Single(await host.PostAsync(activity));
    }

    private async Task<string> ExportAsync(string file)
    {
        var run = await RunAsync(["kb", "export", Path.Combine(_folder, file), "--language", "fr"]);
        Assert.True(run.ExitCode == 0, run.Error);
        return await File.ReadAllTextAsync(Path.Combine(_folder, file));
    }

    private Task<(int ExitCode, string Output, string Error)> RunAsync(string[] arguments, string? input = null) =>
        BotProcess.RunAsync(arguments, _folder, new Dictionary<string, string> { ["Storage__DataDirectory"] = Path.Combine(_folder, "data") }, input);
}
