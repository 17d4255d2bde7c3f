namespace CoproBot.Dialogs.Templates;

/// <summary>How making a template begins: from nothing, or again from its questions once its name and case are known.</summary>
public sealed record TemplateStart(string? Name = null, string? CaseId = null, bool HasCase = false);

/// <summary>Which template an edit is about.</summary>
public sealed record TemplateEditStart(string Scope, string Id);
