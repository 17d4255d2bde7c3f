namespace CoproBot.Knowledge.Lookup;

/// <summary>What a question asks about, how sure the lookup is, and the close alternatives.</summary>
/// <remarks>
/// Confidence is in [0,1]; below the threshold the result is out of scope with empty ids.
/// Alternatives are other readings that scored close to this one, for "did you mean" (for <see cref="LookupKind.Clarify"/>, the readings to choose from).
/// Shape says what kind of answer the question wants; Excerpts, when there are any, are the items or sentences of
/// the cells that answer it, to quote instead of the whole cells.
/// </remarks>
public sealed record LookupResult(
    string Question,
    LookupKind Kind,
    IReadOnlyList<string> CaseIds,
    IReadOnlyList<string> FeatureIds,
    double Confidence,
    IReadOnlyList<Reading> Alternatives,
    QuestionShape Shape = QuestionShape.Plain,
    IReadOnlyList<Excerpt>? Excerpts = null)
{
    public bool IsAnswered => Kind is not (LookupKind.OutOfScope or LookupKind.Clarify);

    /// <summary>Whether the question names a feature in words (a title or a synonym), not only comes near one in meaning.</summary>
    public bool NamesFeature { get; init; }


    public IReadOnlyList<Excerpt> Quoted => Excerpts ?? [];
}
