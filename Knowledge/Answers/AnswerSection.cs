namespace CoproBot.Knowledge.Answers;

/// <summary>One quoted cell of an answer: a text or a list of items, verbatim, with its source.</summary>
public sealed record AnswerSection(string Heading, string? Text, IReadOnlyList<string> Items, AnswerSource Source);
