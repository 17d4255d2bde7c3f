using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Languages;

/// <summary>Everything CoproBot says comes from the catalogues: no sentence is left in the code of a feature or a channel.</summary>
public sealed class NoProseInCodeTests
{
    private static readonly string[] Folders = ["Bot", "Dialogs"];

    [Fact]
    public void NoSentenceIsLeftInTheCodeOutsideTheCatalogues()
    {
        var allowed = Allowed();
        var found = Folders
            .SelectMany(folder => Directory.EnumerateFiles(RepositoryRoot.Combine(folder), "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => ProseScanner.Literals(File.ReadAllText(path)).Select(literal => Entry(path, literal)))
            .Distinct(StringComparer.Ordinal)
            .Where(entry => !allowed.Contains(entry))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(found.Count == 0, "Put these in Dialogs/Languages/Catalogues (or, if no person ever reads them, in english-only.txt with why):\n" + string.Join('\n', found));
    }

    [Fact]
    public void ASentenceAddedToAHandlerIsFound()
    {
        const string handler = """
            // A comment may say "what it likes to say here".
            [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Read the message in {Channel}")]
            throw new InvalidOperationException("The flow runs inside the dialog.");
            await turnContext.SendActivityAsync("Thanks for your answer", cancellationToken: cancellationToken);
            var key = "reflection-answer";
            """;

        Assert.Equal(["Thanks for your answer"], ProseScanner.Literals(handler));
    }

    [Fact]
    public void EveryEnglishOnlyEntryIsStillInTheCode()
    {
        var present = Folders
            .SelectMany(folder => Directory.EnumerateFiles(RepositoryRoot.Combine(folder), "*.cs", SearchOption.AllDirectories))
            .SelectMany(path => ProseScanner.Literals(File.ReadAllText(path)).Select(literal => Entry(path, literal)))
            .ToHashSet(StringComparer.Ordinal);

        var stale = Allowed().Where(entry => !present.Contains(entry)).ToList();
        Assert.True(stale.Count == 0, "No longer in the code, so take them off english-only.txt:\n" + string.Join('\n', stale));
    }

    private static string Entry(string path, string literal) =>
        Path.GetRelativePath(RepositoryRoot.Path, path).Replace('\\', '/') + "\t" + literal;

    private static HashSet<string> Allowed() =>
        [.. File.ReadAllLines(RepositoryRoot.Combine("tests", "CoproBot.Tests", "Languages", "english-only.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))];
}
