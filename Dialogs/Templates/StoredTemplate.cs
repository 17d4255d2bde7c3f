namespace CoproBot.Dialogs.Templates;

/// <summary>A template as stored: where it lives (a person's drafts or a team), its ETag, and its author while they are known.</summary>
/// <param name="Template">The template itself.</param>
/// <param name="Scope">Its partition: <see cref="TemplatePlaces.Drafts"/> of its author, or a team's <see cref="TemplatePlaces.Team"/>.</param>
/// <param name="ETag">The version read, which an edit must still find to be saved.</param>
/// <param name="Author">The author's person key; null once they asked to be forgotten.</param>
public sealed record StoredTemplate(ReflectionTemplate Template, string Scope, string ETag, string? Author)
{
    public bool IsDraft => Scope.StartsWith(TemplatePlaces.DraftPrefix, StringComparison.Ordinal);

    /// <summary>A draft is its author's alone; a shared template its author edits, and once they are forgotten any member may.</summary>
    public bool MayChange(string person) =>
        IsDraft ? Scope == TemplatePlaces.DraftsOf(person) : Author is null || Author == person;
}
