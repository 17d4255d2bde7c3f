using CoproBot.Dialogs.Templates;

namespace CoproBot.Dialogs.Reflection;

/// <summary>How a reflection begins: with a case or a team's template already named, or with the choice of a case.</summary>
/// <param name="CaseId">The case named, if any.</param>
/// <param name="Template">The team's template named instead of a case, if any.</param>
public sealed record ReflectionStart(string? CaseId, ReflectionTemplate? Template = null);
