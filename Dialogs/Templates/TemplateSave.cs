namespace CoproBot.Dialogs.Templates;

/// <summary>The outcome of writing a template: saved, refused with a plain reason, or changed by someone else since it was read.</summary>
public sealed record TemplateSave(TemplateCheck Check, StoredTemplate? Saved = null, bool Conflict = false)
{
    public static TemplateSave ChangedMeanwhile { get; } = new(TemplateCheck.Fine, Conflict: true);

    public bool Succeeded => Saved is not null;
}
