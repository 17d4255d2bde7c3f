namespace CoproBot.Knowledge.Answers;

/// <summary>A button-sized suggestion: what to show, and the question to ask when it is chosen.</summary>
public sealed record SuggestedQuestion(string Label, string Question);
