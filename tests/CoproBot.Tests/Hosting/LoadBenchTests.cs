using System.Diagnostics;
using System.Text.Json.Nodes;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Hosting;

/// <summary>Keeps the load benchmark working: a tiny run whose output is checked, not its speed.</summary>
public sealed class LoadBenchTests
{
    [Fact]
    public async Task ATinyBenchmarkRunReportsEveryScenarioWithRatiosToItsReferences()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var bench = RepositoryRoot.Combine("bench", "CoproBot.LoadBench", "bin", configuration, "net10.0", "CoproBot.LoadBench.dll");
        Assert.True(File.Exists(bench), $"Build the solution first: {bench} is missing.");
        var output = Path.Combine(Directory.CreateTempSubdirectory("coprobot-bench-").FullName, "results.json");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { bench, "--scenario", "echo-stock,echo,ask,reflect,discord,idle", "--conversations", "3", "--discord-conversations", "3", "--turns", "2", "--warmup-turns", "1", "--warmup-seconds", "3", "--idle-conversations", "20", "--output", output },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(bench)!,
        };

        using var process = Process.Start(start)!;
        var table = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(3)).Token);

        Assert.True(process.ExitCode == 0, await errors);
        Assert.Contains("| scenario | conv | turns |", await table, StringComparison.Ordinal);
        var results = JsonNode.Parse(await File.ReadAllTextAsync(output))!["results"]!.AsArray();
        Assert.Equal(["echo-stock", "echo", "ask", "reflect", "discord", "idle"], results.Select(r => (string)r!["Scenario"]!));
        foreach (var result in results)
        {
            Assert.Equal(0, (long)result!["Errors"]!);

            // The bench runs on default settings, and on them no turn is refused or told to slow down.
            Assert.Equal(0, (long)result["Refused"]!);
            Assert.Equal(0, (long)result["SlowedDown"]!);
            Assert.True((double)result["TurnsPerSecond"]! > 0);
            Assert.NotNull(result["ThroughputVsEcho"]);
            Assert.NotNull(result["ThroughputVsEchoStock"]);
        }

        // Warming up past the first round goes on in other conversations, so no person meets the limits on people.
        Assert.All(results.Take(5), r => Assert.True((double)r!["Extra"]!["warmupSeconds"]! >= 3));

        var reflect = results[3]!;
        Assert.Equal(0, (long)reflect["Errors"]!);
        Assert.True((double)reflect["Extra"]!["stateBytesPerConversation"]! > 0);
        Assert.Equal(3, (double)reflect["Extra"]!["conversationsMidReflection"]!);
        Assert.Contains("reflect: stored state per conversation in the middle of a reflection:", await table, StringComparison.Ordinal);
        Assert.True((double)results[5]!["Extra"]!["workingSetMegabytes"]! > 0);
    }
}
