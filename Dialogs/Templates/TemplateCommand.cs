namespace CoproBot.Dialogs.Templates;

/// <summary>A request about templates, with the template's name (or, for an import, the pasted JSON) it carries.</summary>
public sealed record TemplateCommand(TemplateCommandKind Kind, string Argument = "")
{
    public static TemplateCommand None { get; } = new(TemplateCommandKind.None);
}
