namespace CoproBot.Knowledge.Answers;

/// <summary>One quoted cell (or the part of it that answers) of an answer: a text or a list of items, verbatim, with its source.</summary>
/// <remarks>
/// Group is the feature heading a side-by-side comparison puts this case's section under; null when there is none.
/// Original is the English source the section's text translates, shown beside it; null when the text is the original.
/// </remarks>
public sealed record AnswerSection(string Heading, string? Text, IReadOnlyList<string> Items, AnswerSource Source, string? Group = null, OriginalQuote? Original = null);
