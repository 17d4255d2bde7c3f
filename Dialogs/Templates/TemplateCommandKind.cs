namespace CoproBot.Dialogs.Templates;

/// <summary>What a message asks of templates, outside the steps of making or editing one.</summary>
public enum TemplateCommandKind
{
    None,
    New,
    List,
    Preview,
    Edit,
    Delete,
    Share,
    Export,
    Import,
}
