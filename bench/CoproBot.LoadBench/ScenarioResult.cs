namespace CoproBot.LoadBench;

/// <summary>One scenario's measured figures, and its ratios to the reference runs of the same invocation.</summary>
public sealed record ScenarioResult(
    string Scenario,
    int Conversations,
    long Turns,
    long Errors,
    double Seconds,
    double TurnsPerSecond,
    double P50Milliseconds,
    double P95Milliseconds,
    double P99Milliseconds,
    double AllocatedBytesPerTurn)
{
    public double? ThroughputVsEcho { get; set; }

    public double? P99VsEcho { get; set; }

    public double? ThroughputVsEchoStock { get; set; }

    public Dictionary<string, double> Extra { get; init; } = [];
}
