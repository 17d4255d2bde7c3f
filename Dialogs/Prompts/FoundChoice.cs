namespace CoproBot.Dialogs.Prompts;

/// <summary>The choice an answer was matched to, its position (0-based) and how sure the match is (0 to 1).</summary>
public sealed record FoundChoice(string Value, int Index, double Score, ChoiceMatchKind Kind);
