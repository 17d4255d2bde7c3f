namespace CoproBot.Dialogs.Understanding;

/// <summary>One meaning of the vocabulary: where it can be meant, the phrases that say it and the words that may go with them.</summary>
internal sealed class MeaningEntry(
    MeaningKind kind, IReadOnlySet<Awaiting> contexts, IReadOnlyList<CuePhrase> cues, IReadOnlySet<string> support, bool times, bool prompt, bool exact, IReadOnlyList<string> examples)
{
    public MeaningKind Kind { get; } = kind;

    public IReadOnlySet<Awaiting> Contexts { get; } = contexts;

    public IReadOnlyList<CuePhrase> Cues { get; } = cues;

    /// <summary>Words that may accompany a cue ("this one", "the question") without meaning anything else.</summary>
    public IReadOnlySet<string> Support { get; } = support;

    /// <summary>Whether a time may go with it ("pick this up tomorrow").</summary>
    public bool TakesTimes { get; } = times;

    /// <summary>Whether words of the prompt itself may go with it ("what does 'fulfill this' refer to?").</summary>
    public bool TakesPromptWords { get; } = prompt;

    /// <summary>Whether only a short lead-in ("please", "can we") may go with its phrases, and no other filler.</summary>
    public bool Exact { get; } = exact;

    public IReadOnlyList<string> Examples { get; } = examples;
}
