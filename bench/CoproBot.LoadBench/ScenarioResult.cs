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

    /// <summary>Requests answered 429 or 5xx, warm-up included.</summary>
    public long Refused { get; init; }

    /// <summary>Turns answered with a request to slow down (a person's or a conversation's limit) instead of their answer.</summary>
    public long SlowedDown { get; set; }

    public Dictionary<string, double> Extra { get; init; } = [];
}
