using CoproBot.Dialogs.Replies;

namespace CoproBot.Dialogs.Templates;

/// <summary>The steps of making and editing a template, as forms carry them (Teams cards, Discord modals).</summary>
public static class TemplateSteps
{
    public static readonly StepReference Name = new(StepReferenceKind.Template, 0);
    public static readonly StepReference Case = new(StepReferenceKind.Template, 1);
    public static readonly StepReference Questions = new(StepReferenceKind.Template, 2);
    public static readonly StepReference Principles = new(StepReferenceKind.Template, 3);
    public static readonly StepReference Edit = new(StepReferenceKind.Template, 4);
}
