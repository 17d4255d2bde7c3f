namespace CoproBot.Knowledge.Lookup;

/// <summary>Tuning of the question lookup.</summary>
public sealed record LookupOptions
{
    /// <summary>Readings less confident than this are not answered; "did you mean" is offered instead.</summary>
    public double Threshold { get; init; } = 0.35;

    /// <summary>A content reading needs at least this share of the question's content words in one cell.</summary>
    public double MinimumCoverage { get; init; } = 0.5;

    /// <summary>Another reading scoring at least this fraction of the best is offered as "did you mean".</summary>
    public double CloseRatio { get; init; } = 0.8;
}
