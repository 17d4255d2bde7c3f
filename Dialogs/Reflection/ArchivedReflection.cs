namespace CoproBot.Dialogs.Reflection;

/// <summary>A completed reflection as kept for its author: the summary document and no more.</summary>
public sealed record ArchivedReflection(int Number, string CaseId, string CaseName, DateTimeOffset Completed, string Markdown);
