namespace CoproBot.Knowledge.Lookup;

/// <summary>What the conversation's last answer was about, as ids only, so a follow-up can keep what it does not change.</summary>
public sealed record LookupContext(IReadOnlyList<string> CaseIds, IReadOnlyList<string> FeatureIds)
{
    public static LookupContext? Of(LookupResult? result) =>
        result is { IsAnswered: true, CaseIds.Count: > 0 } ? new LookupContext(result.CaseIds, result.FeatureIds) : null;
}
