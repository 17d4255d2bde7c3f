namespace CoproBot.Knowledge.Lookup;

/// <summary>What a question asks about, how sure the lookup is, and the close alternatives.</summary>
/// <remarks>
/// Confidence is in [0,1]; below the threshold the result is out of scope with empty ids.
/// Alternatives are other readings that scored close to this one, for "did you mean".
/// </remarks>
public sealed record LookupResult(
    string Question,
    LookupKind Kind,
    IReadOnlyList<string> CaseIds,
    IReadOnlyList<string> FeatureIds,
    double Confidence,
    IReadOnlyList<Reading> Alternatives)
{
    public bool IsAnswered => Kind != LookupKind.OutOfScope;
}
