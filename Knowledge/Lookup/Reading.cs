namespace CoproBot.Knowledge.Lookup;

/// <summary>One way to read a question: which cases and which of their features it asks about.</summary>
public sealed record Reading(IReadOnlyList<string> CaseIds, IReadOnlyList<string> FeatureIds);
