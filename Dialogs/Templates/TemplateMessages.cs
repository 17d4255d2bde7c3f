using System.Globalization;
using System.Text;
using CoproBot.Dialogs.Languages;
using CoproBot.Knowledge.Model;

namespace CoproBot.Dialogs.Templates;

/// <summary>What is said about templates that is put together from several phrases: the preview and the list.</summary>
public static class TemplateMessages
{
    /// <summary>The template as people will meet it, each step numbered as edits name it.</summary>
    public static string Preview(Language say, StoredTemplate stored, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(say);
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(knowledge);
        var template = stored.Template;
        var text = new StringBuilder(say.Format(Phrase.TemplatePreviewTitle, template.Name, say[stored.IsDraft ? Phrase.TemplateIsDraft : Phrase.TemplateIsShared]));
        if (template.BasedOn is { } caseId && knowledge.HasCase(caseId))
        {
            text.Append(say.Format(Phrase.TemplateBuildsOn, knowledge.Case(caseId).Name));
        }

        text.Append("\n\n").Append(say[Phrase.TemplatePreviewQuestions]).Append('\n');
        Numbered(text, say, template.Questions, 1);
        text.Append('\n').Append(say[Phrase.TemplatePreviewPrinciples]).Append('\n');
        Numbered(text, say, template.Principles, template.Questions.Count + 1);
        return text.ToString().TrimEnd();
    }

    /// <summary>The person's drafts and the team's templates, by name.</summary>
    public static string List(Language say, IReadOnlyList<StoredTemplate> drafts, IReadOnlyList<StoredTemplate> team, bool inTeam)
    {
        ArgumentNullException.ThrowIfNull(say);
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(team);
        if (drafts.Count == 0 && team.Count == 0)
        {
            return say[inTeam ? Phrase.TemplateNoneHere : Phrase.TemplateNoneYet];
        }

        var text = new StringBuilder();
        if (drafts.Count > 0)
        {
            text.Append(say[Phrase.TemplateYourDrafts]).Append('\n');
            Named(text, say, drafts);
        }

        if (team.Count > 0)
        {
            text.Append(say[Phrase.TemplateTeamTemplates]).Append('\n');
            Named(text, say, team);
        }

        return text.Append(say[Phrase.TemplateListHelp]).ToString();
    }

    private static void Numbered(StringBuilder text, Language say, IReadOnlyList<string> lines, int first)
    {
        if (lines.Count == 0)
        {
            text.Append(say[Phrase.TemplatePreviewNone]).Append('\n');
        }

        for (var i = 0; i < lines.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{first + i}. {lines[i]}\n");
        }
    }

    private static void Named(StringBuilder text, Language say, IReadOnlyList<StoredTemplate> templates)
    {
        foreach (var stored in templates)
        {
            text.Append(say.Format(Phrase.TemplateListItem, stored.Template.Name, stored.Template.Questions.Count, stored.Template.Principles.Count)).Append('\n');
        }

        text.Append('\n');
    }
}
