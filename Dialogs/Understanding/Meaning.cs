namespace CoproBot.Dialogs.Understanding;

/// <summary>What a message was taken to mean, and how sure the reading is (0 to 1).</summary>
/// <param name="Kind">The meaning.</param>
/// <param name="Confidence">How sure: 1 for an exact command, lower for looser readings.</param>
/// <param name="Rating">The 1–5 rating, for <see cref="MeaningKind.Rating"/>.</param>
/// <param name="Argument">The person's own words that go with it, as written: a case, a topic, a name, a number, a question.</param>
/// <param name="When">The words naming a time, for a pause or "not now" ("tomorrow at 10am"), as written.</param>
public sealed record Meaning(MeaningKind Kind, double Confidence, int? Rating = null, string? Argument = null, string? When = null)
{
    public static Meaning Nothing { get; } = new(MeaningKind.Nothing, 0);

    /// <summary>At least as sure as a command whose words account for the whole message.</summary>
    public bool IsCertain => Confidence >= MeaningReader.CertainCommand;
}
