namespace CoproBot.Dialogs.Templates;

/// <summary>A change asked for while editing a template.</summary>
public enum TemplateEditKind
{
    Unknown,
    Rename,
    AddQuestion,
    AddPrinciple,
    Change,
    Remove,
    Move,
    Done,
}
