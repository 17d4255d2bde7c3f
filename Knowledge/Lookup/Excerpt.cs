namespace CoproBot.Knowledge.Lookup;

/// <summary>One item or sentence of a cell, verbatim: the part of it that answers the question.</summary>
public sealed record Excerpt(string CaseId, string FeatureId, string Text);
