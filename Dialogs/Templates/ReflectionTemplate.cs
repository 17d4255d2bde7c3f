namespace CoproBot.Dialogs.Templates;

/// <summary>A team's own reflection: its name, the case it builds on (if any), its guiding questions and the principles to rate, in order.</summary>
/// <remarks>Plain data: stored as JSON, and kept with a reflection in progress so an edit never moves its questions under the person.</remarks>
public sealed record ReflectionTemplate
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>The id of the case whose questions and principles it started from; null for none.</summary>
    public string? BasedOn { get; init; }

    public IReadOnlyList<string> Questions { get; init; } = [];

    public IReadOnlyList<string> Principles { get; init; } = [];

    public int StepCount => Questions.Count + Principles.Count;
}
