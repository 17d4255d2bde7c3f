namespace CoproBot.Dialogs.Reflection;

/// <summary>How a reflection begins: with a case already named, or with the choice of one.</summary>
public sealed record ReflectionStart(string? CaseId);
