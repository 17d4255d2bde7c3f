using System.Text.Json.Nodes;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Knowledge;

/// <summary>The knowledge commands as a person runs them: the real program, its own store, files on disk.</summary>
public sealed class KnowledgeCommandTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("coprobot-kbcli-").FullName;

    [Fact]
    public async Task AskJsonlAnswersEachLineWithOnlyJsonOnStandardOutput()
    {
        var (exitCode, output, error) = await RunAsync(["ask", "--jsonl"], "What are ESTHER's inclusivity principles?\nwhat's the weather?\n");

        Assert.True(exitCode == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal(["esther"], lines[0]["cases"]!.AsArray().Select(c => (string)c!));
        Assert.Equal(["inclusivity-principles"], lines[0]["features"]!.AsArray().Select(c => (string)c!));
        Assert.Contains("Balancing power", (string)lines[0]["answer"]!, StringComparison.Ordinal);
        Assert.InRange((double)lines[0]["confidence"]!, 0.5, 1.0);
        Assert.Empty(lines[1]["cases"]!.AsArray());
        Assert.Empty(lines[1]["features"]!.AsArray());
    }

    [Fact]
    public async Task ImportingAFileWithAFourthCaseMakesItAskableAndExportShowsIt()
    {
        var withFourth = KnowledgeFiles.WithFourthCase();
        var file = Path.Combine(_folder, "four-cases.txt");
        await File.WriteAllTextAsync(file, withFourth);

        var import = await RunAsync(["kb", "import", file]);
        var ask = await RunAsync(["ask", "--jsonl"], "What are the inclusivity principles of Peer Kitchen?\n");
        var export = await RunAsync(["kb", "export", Path.Combine(_folder, "out.md")]);

        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Contains("Imported 4 cases", import.Output, StringComparison.Ordinal);
        Assert.Equal(["peer-kitchen"], JsonNode.Parse(ask.Output.Trim())!["cases"]!.AsArray().Select(c => (string)c!));
        Assert.True(export.ExitCode == 0, export.Error);
        Assert.Contains("Peer Kitchen", await File.ReadAllTextAsync(Path.Combine(_folder, "out.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABadFileIsRejectedWithItsLineAndTheKnowledgeIsUnchanged()
    {
        var file = Path.Combine(_folder, "ragged.txt");
        var lines = KnowledgeFiles.Source.Split('\n').ToList();
        var row = lines.FindIndex(l => l.StartsWith("\tCoproduction approach", StringComparison.Ordinal));
        lines.RemoveAt(row + 1);
        await File.WriteAllTextAsync(file, string.Join('\n', lines));

        var import = await RunAsync(["kb", "import", file]);
        var ask = await RunAsync(["ask", "--jsonl"], "How does ESTHER do coproduction?\n");

        Assert.Equal(1, import.ExitCode);
        Assert.Matches(@"ragged\.txt:\d+: ", import.Error);
        Assert.Contains("Nothing was imported", import.Error, StringComparison.Ordinal);
        Assert.Contains("radical customization", (string)JsonNode.Parse(ask.Output.Trim())!["answer"]!, StringComparison.Ordinal);
    }

    private Task<(int ExitCode, string Output, string Error)> RunAsync(string[] arguments, string? input = null) =>
        BotProcess.RunAsync(arguments, _folder, new Dictionary<string, string> { ["Storage__DataDirectory"] = Path.Combine(_folder, "data") }, input);
}
