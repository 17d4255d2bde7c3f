namespace CoproBot.Knowledge.Answers;

/// <summary>Where an answer's words come from: one cell of the source table, by id and by the names people read.</summary>
/// <remarks>Note says what the quoted words are when they are not the original ("traduction").</remarks>
public sealed record AnswerSource(string CaseId, string FeatureId, string CaseName, string FeatureTitle, string? Note = null)
{
    /// <summary>How a source is shown: "ESTHER, inclusivity principles", or "ESTHER, principes d'inclusivité (traduction)".</summary>
    public string Label => $"{CaseName}, {FeatureTitle.ToLowerInvariant()}" + (Note is null ? string.Empty : $" ({Note})");
}
