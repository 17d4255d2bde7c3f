namespace CoproBot.Dialogs.Replies;

/// <summary>A reply that waits for an answer: what kind of answer, and for which step.</summary>
/// <param name="Kind">The kind of answer awaited.</param>
/// <param name="Step">The step answered, carried by forms so that a stale one is recognised; null when no form needs it.</param>
public sealed record InputRequest(AnswerKind Kind, StepReference? Step = null)
{
    /// <summary>The name of the answer box, where a channel shows one.</summary>
    public string? Label { get; init; }

    /// <summary>What the answer box shows while it is empty.</summary>
    public string? Placeholder { get; init; }

    /// <summary>Asks for the words at once (a channel with pop-up forms opens one) rather than waiting for the next message.</summary>
    public bool Now { get; init; }
}
