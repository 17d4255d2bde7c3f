using CoproBot.Dialogs.Languages;
using CoproBot.Knowledge.Model;

namespace CoproBot.Dialogs.Templates;

/// <summary>"import template" with pasted JSON (or an attachment's): read, checked as any template is, and kept as a draft.</summary>
public sealed class TemplateImport(TemplateStore store)
{
    public async Task<string> ImportAsync(Language say, TemplatePlaces places, string json, KnowledgeBase knowledge, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(say);
        ArgumentNullException.ThrowIfNull(places);
        var (template, error) = TemplateJson.Read(json, store.NewId());
        if (template is null)
        {
            return error == TemplateJsonError.Empty ? say[Phrase.TemplateImportHow] : say[Phrase.TemplateImportBadJson] + " " + Reason(say, error);
        }

        // A case the knowledge no longer has is dropped rather than kept as a dangling id.
        template = template with { BasedOn = template.BasedOn is { } id && knowledge.HasCase(id) ? id : null };
        var saved = await store.CreateAsync(places.Person, template, knowledge, cancellationToken);
        return saved.Saved is { } draft
            ? TemplateMessages.Preview(say, draft, knowledge) + say.Format(Phrase.TemplateImported, draft.Template.Name)
            : say[Phrase.TemplateImportRefused] + " " + saved.Check.Say(say);
    }

    private static string Reason(Language say, TemplateJsonError error) => error switch
    {
        TemplateJsonError.TooLarge => say[Phrase.TemplateJsonTooLarge],
        TemplateJsonError.NotJson => say[Phrase.TemplateJsonNotJson],
        TemplateJsonError.NotATemplate => say.Format(Phrase.TemplateJsonNotATemplate, TemplateJson.Schema),
        TemplateJsonError.UnknownVersion => say.Format(Phrase.TemplateJsonUnknownVersion, TemplateJson.Version),
        _ => say[Phrase.TemplateJsonMissingField],
    };
}
