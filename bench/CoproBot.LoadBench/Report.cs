using System.Globalization;
using System.Text;

namespace CoproBot.LoadBench;

/// <summary>The readable table, with each scenario's ratios to the echo (limit) and echo-stock (floor) runs.</summary>
public static class Report
{
    /// <summary>What one conversation's stored state should stay under, in the middle of a reflection.</summary>
    public const int StateTargetBytes = 4096;

    public static void AddRatios(IReadOnlyList<ScenarioResult> results)
    {
        var echo = results.FirstOrDefault(r => r.Scenario == "echo");
        var stock = results.FirstOrDefault(r => r.Scenario == "echo-stock");
        foreach (var result in results)
        {
            if (echo is not null)
            {
                result.ThroughputVsEcho = result.TurnsPerSecond / echo.TurnsPerSecond;
                result.P99VsEcho = result.P99Milliseconds / echo.P99Milliseconds;
            }

            if (stock is not null)
            {
                result.ThroughputVsEchoStock = result.TurnsPerSecond / stock.TurnsPerSecond;
            }
        }
    }

    public static string Table(IReadOnlyList<ScenarioResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine("| scenario | conv | turns | errors | refused | slowed | turns/s | p50 ms | p95 ms | p99 ms | alloc/turn | ×echo | p99 ×echo | ×echo-stock |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {r.Scenario} | {r.Conversations} | {r.Turns} | {r.Errors} | {r.Refused} | {r.SlowedDown} | {r.TurnsPerSecond:F0} | {r.P50Milliseconds:F1} | {r.P95Milliseconds:F1} | {r.P99Milliseconds:F1} | {r.AllocatedBytesPerTurn / 1024:F0} KB | {Ratio(r.ThroughputVsEcho)} | {Ratio(r.P99VsEcho)} | {Ratio(r.ThroughputVsEchoStock)} |");
        }

        foreach (var r in results.Where(r => r.Extra.Count > 0))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{r.Scenario}: {string.Join(", ", r.Extra.Select(e => $"{e.Key} = {Number(e.Value)}"))}");
        }

        foreach (var r in results)
        {
            if (r.Extra.TryGetValue("stateBytesPerConversation", out var average) && r.Extra.TryGetValue("stateBytesMax", out var max))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{r.Scenario}: stored state per conversation in the middle of a reflection: {average / 1024:F2} KB on average, {max / 1024:F2} KB at most (target: under {StateTargetBytes / 1024} KB)");
            }
        }

        // Each two-host scenario against its one-host run of the same invocation.
        foreach (var two in results.Where(r => r.Scenario.EndsWith(TwoHostsSuffix, StringComparison.Ordinal)))
        {
            if (results.FirstOrDefault(r => r.Scenario == two.Scenario[..^TwoHostsSuffix.Length]) is { } one)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{two.Scenario} against {one.Scenario}: {two.TurnsPerSecond:F0} against {one.TurnsPerSecond:F0} turns/s ({Ratio(two.TurnsPerSecond / one.TurnsPerSecond)}×), {PerTurn(two)} against {PerTurn(one)} store calls per turn (reads + writes)");
            }
        }

        return text.ToString();
    }

    /// <summary>The ending of a scenario run on two hosts over the same tables.</summary>
    public const string TwoHostsSuffix = "-2";

    private static string PerTurn(ScenarioResult result) =>
        result.Extra.TryGetValue("storeReadsPerTurn", out var reads) && result.Extra.TryGetValue("storeWritesPerTurn", out var writes)
            ? string.Create(CultureInfo.InvariantCulture, $"{reads:F1} + {writes:F1}")
            : "-";

    // Counts read best whole; averages and rates with one decimal.
    private static string Number(double value) =>
        value.ToString(value == Math.Floor(value) ? "F0" : "F1", CultureInfo.InvariantCulture);

    private static string Ratio(double? value) => value is { } v ? v.ToString("F2", CultureInfo.InvariantCulture) : "-";
}
