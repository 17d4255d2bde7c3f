namespace CoproBot.Knowledge.Answers;

/// <summary>Where an answer's words come from: one cell of the source table.</summary>
public sealed record AnswerSource(string CaseId, string FeatureId);
