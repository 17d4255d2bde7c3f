namespace CoproBot.Dialogs.Care;

/// <summary>What the crisis check made of one message: whether to offer support, and which layer decided.</summary>
/// <param name="IsCrisis">Whether to answer with support before anything else.</param>
/// <param name="Layer">"lexicon", "meaning" or "none": which layer decided.</param>
/// <param name="Kind">The kind of crisis the lexicon heard, when it heard one.</param>
/// <param name="Similarity">The nearest crisis example's similarity, when the meaning layer ran.</param>
public sealed record CrisisReading(bool IsCrisis, string Layer, string? Kind, float? Similarity)
{
    public static CrisisReading Nothing { get; } = new(false, "none", null, null);
}
