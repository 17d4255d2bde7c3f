namespace CoproBot.Knowledge.Answers;

/// <summary>Where an answer's words come from: one cell of the source table, by id and by the names people read.</summary>
public sealed record AnswerSource(string CaseId, string FeatureId, string CaseName, string FeatureTitle)
{
    /// <summary>How a source is shown: "ESTHER, inclusivity principles".</summary>
    public string Label => $"{CaseName}, {FeatureTitle.ToLowerInvariant()}";
}
