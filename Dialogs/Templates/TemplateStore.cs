using System.Text.Json;
using CoproBot.Knowledge.Model;
using CoproBot.Storage.Privacy;
using CoproBot.Storage.Tables;

namespace CoproBot.Dialogs.Templates;

/// <summary>Teams' templates and people's drafts, in the same store as everything else, each written only with its ETag.</summary>
/// <remarks>
/// A template lives in one partition: its author's drafts, or the team it was shared with. Who wrote it is kept apart,
/// in <see cref="AuthorTable"/>, named in the personal-data index: "forget me" deletes that link and the person's
/// drafts (also named) and leaves a team's shared template to the team. The template rows of a team name no one.
/// </remarks>
public sealed class TemplateStore(ITableStore store, PersonalDataIndex index, TimeProvider time)
{
    public const string Table = "templates";
    public const string AuthorTable = "tmplauthor";

    public async Task<IReadOnlyList<StoredTemplate>> ListAsync(string scope, CancellationToken cancellationToken)
    {
        var authors = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var link in store.QueryPartitionAsync(AuthorTable, scope, cancellationToken))
        {
            authors[link.RowKey] = AuthorOf(link.Data);
        }

        var list = new List<StoredTemplate>();
        await foreach (var row in store.QueryPartitionAsync(Table, scope, cancellationToken))
        {
            if (Read(row.Data) is { } template)
            {
                list.Add(new StoredTemplate(template, scope, row.ETag, authors.GetValueOrDefault(row.RowKey)));
            }
        }

        return [.. list.OrderBy(t => t.Template.Name, StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<StoredTemplate?> GetAsync(string scope, string id, CancellationToken cancellationToken)
    {
        var row = await store.GetAsync(Table, scope, id, cancellationToken);
        if (row is null || Read(row.Data) is not { } template)
        {
            return null;
        }

        var author = await store.GetAsync(AuthorTable, scope, id, cancellationToken);
        return new StoredTemplate(template, scope, row.ETag, author is null ? null : AuthorOf(author.Data));
    }

    /// <summary>The template of that name the person may use here: their own draft first, then the team's, then one they shared elsewhere.</summary>
    public async Task<StoredTemplate?> FindAsync(TemplatePlaces places, string? name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(places);
        var key = TemplateValidator.Key(name ?? string.Empty);
        if (key.Length == 0)
        {
            return null;
        }

        foreach (var scope in new[] { places.Drafts, places.Team }.OfType<string>())
        {
            if ((await ListAsync(scope, cancellationToken)).FirstOrDefault(t => TemplateValidator.Key(t.Template.Name) == key) is { } found)
            {
                return found;
            }
        }

        return (await AuthoredAsync(places.Person, cancellationToken)).FirstOrDefault(t => TemplateValidator.Key(t.Template.Name) == key);
    }

    /// <summary>Every template the person may use here: their drafts and the team's.</summary>
    public async Task<IReadOnlyList<StoredTemplate>> UsableAsync(TemplatePlaces places, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(places);
        var drafts = await ListAsync(places.Drafts, cancellationToken);
        return places.Team is { } team ? [.. drafts, .. await ListAsync(team, cancellationToken)] : drafts;
    }

    /// <summary>Every template the person is named as the author of, drafts and shared ones, for "my data" and for using them anywhere.</summary>
    public async Task<IReadOnlyList<StoredTemplate>> AuthoredAsync(string person, CancellationToken cancellationToken)
    {
        var list = new List<StoredTemplate>();
        foreach (var link in (await index.FindAsync(person, cancellationToken)).Where(r => r.Table == AuthorTable))
        {
            if (await GetAsync(link.Entity.PartitionKey, link.Entity.RowKey, cancellationToken) is { } found)
            {
                list.Add(found);
            }
        }

        return list;
    }

    /// <summary>Keeps a new template among the person's drafts, if it keeps the rules and no draft of theirs has its name.</summary>
    public async Task<TemplateSave> CreateAsync(string person, ReflectionTemplate template, KnowledgeBase knowledge, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(template);
        var scope = TemplatePlaces.DraftsOf(person);
        var check = await CheckAsync(scope, template, knowledge, cancellationToken);
        if (!check.IsFine)
        {
            return new TemplateSave(check);
        }

        // A draft holds the person's words and is theirs alone, so it is named for "forget me" like the author link.
        await index.RecordAsync(person, Table, scope, template.Id, cancellationToken);
        var written = await store.InsertAsync(Table, scope, template.Id, Write(template), cancellationToken);
        if (!written.Succeeded)
        {
            return TemplateSave.ChangedMeanwhile;
        }

        await LinkAuthorAsync(person, scope, template.Id, cancellationToken);
        return new TemplateSave(TemplateCheck.Fine, new StoredTemplate(template, scope, written.ETag!, person));
    }

    /// <summary>Saves an edit only if nobody has changed the template since <paramref name="read"/> was read.</summary>
    public async Task<TemplateSave> ReplaceAsync(StoredTemplate read, ReflectionTemplate edited, KnowledgeBase knowledge, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(edited);
        var check = await CheckAsync(read.Scope, edited, knowledge, cancellationToken);
        if (!check.IsFine)
        {
            return new TemplateSave(check);
        }

        var written = await store.ReplaceAsync(Table, read.Scope, read.Template.Id, Write(edited), read.ETag, cancellationToken);
        return written.Succeeded ? new TemplateSave(TemplateCheck.Fine, read with { Template = edited, ETag = written.ETag! }) : TemplateSave.ChangedMeanwhile;
    }

    /// <summary>Deletes the template as it was read; false when it has changed or gone since.</summary>
    public async Task<bool> DeleteAsync(StoredTemplate read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (!(await store.DeleteAsync(Table, read.Scope, read.Template.Id, read.ETag, cancellationToken)).Succeeded)
        {
            return false;
        }

        await store.DeleteAsync(AuthorTable, read.Scope, read.Template.Id, null, cancellationToken);
        if (read.Author is { } author)
        {
            await index.RemoveDeletedAsync(author, AuthorTable, read.Scope, read.Template.Id, cancellationToken);
            await index.RemoveDeletedAsync(author, Table, read.Scope, read.Template.Id, cancellationToken);
        }

        return true;
    }

    /// <summary>Makes a draft the team's: it moves to the team's partition under the same id, its author still linked.</summary>
    public async Task<TemplateSave> ShareAsync(StoredTemplate draft, string team, KnowledgeBase knowledge, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var check = await CheckAsync(team, draft.Template, knowledge, cancellationToken);
        if (!check.IsFine)
        {
            return new TemplateSave(check);
        }

        var written = await store.InsertAsync(Table, team, draft.Template.Id, Write(draft.Template), cancellationToken);
        if (!written.Succeeded)
        {
            return TemplateSave.ChangedMeanwhile;
        }

        if (draft.Author is { } author)
        {
            await LinkAuthorAsync(author, team, draft.Template.Id, cancellationToken);
        }

        await DeleteAsync(draft, cancellationToken);
        return new TemplateSave(TemplateCheck.Fine, new StoredTemplate(draft.Template, team, written.ETag!, draft.Author));
    }

    /// <summary>A fresh id for a new template.</summary>
    public string NewId() => time.GetUtcNow().ToUnixTimeMilliseconds().ToString("x", System.Globalization.CultureInfo.InvariantCulture) + Guid.NewGuid().ToString("N")[..8];

    private async Task<TemplateCheck> CheckAsync(string scope, ReflectionTemplate template, KnowledgeBase knowledge, CancellationToken cancellationToken)
    {
        var check = TemplateValidator.Check(template, knowledge);
        if (!check.IsFine)
        {
            return check;
        }

        var key = TemplateValidator.Key(template.Name);
        var others = await ListAsync(scope, cancellationToken);
        return others.Any(t => t.Template.Id != template.Id && TemplateValidator.Key(t.Template.Name) == key)
            ? new TemplateCheck(TemplateProblem.DuplicateName)
            : TemplateCheck.Fine;
    }

    private async Task LinkAuthorAsync(string person, string scope, string id, CancellationToken cancellationToken)
    {
        await index.RecordAsync(person, AuthorTable, scope, id, cancellationToken);
        await store.UpsertAsync(AuthorTable, scope, id, JsonSerializer.Serialize(person), cancellationToken);
    }

    private static string AuthorOf(string data) => JsonSerializer.Deserialize<string>(data) ?? string.Empty;

    private static string Write(ReflectionTemplate template) => JsonSerializer.Serialize(template);

    private static ReflectionTemplate? Read(string data)
    {
        try
        {
            return JsonSerializer.Deserialize<ReflectionTemplate>(data);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
