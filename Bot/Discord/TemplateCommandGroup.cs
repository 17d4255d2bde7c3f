using System.Text.Json.Nodes;
using CoproBot.Dialogs.Languages;
using CoproBot.Dialogs.Templates;

namespace CoproBot.Bot.Discord;

/// <summary><c>/copro template …</c>: a team's own templates, each sub-command read as the words the conversation reads.</summary>
/// <remarks>
/// Template names are a plain option, not autocompleted: which templates a person may see depends on them and on the
/// place, read from storage, while autocomplete answers from the knowledge's lists without a turn.
/// </remarks>
public static class TemplateCommandGroup
{
    public const string Group = "template";
    public const string Prefix = Group + " ";
    public const string NameOption = "name";
    public const string Import = Prefix + "import";

    /// <summary>The import box's modal: its submit is read as "import template" and the JSON pasted.</summary>
    public const string ImportModalId = "copro:import";

    internal static JsonObject Definition() => CommandJson.Group(
        Phrase.DiscordNameTemplate,
        Phrase.DiscordTemplate,
        CommandJson.Sub(Phrase.DiscordNameTemplateMake, Phrase.DiscordTemplateMake),
        CommandJson.Sub(Phrase.DiscordNameTemplateList, Phrase.DiscordTemplateList),
        Named(Phrase.DiscordNameTemplatePreview, Phrase.DiscordTemplatePreview),
        Named(Phrase.DiscordNameTemplateEdit, Phrase.DiscordTemplateEdit),
        Named(Phrase.DiscordNameTemplateShare, Phrase.DiscordTemplateShare),
        Named(Phrase.DiscordNameTemplateDelete, Phrase.DiscordTemplateDelete),
        Named(Phrase.DiscordNameTemplateExport, Phrase.DiscordTemplateExport),
        CommandJson.Sub(Phrase.DiscordNameTemplateImport, Phrase.DiscordTemplateImport));

    /// <summary>The words a person would have typed: "new template", "templates", "preview template Ward 3"…</summary>
    public static string TextOf(string subCommand, string name) => subCommand switch
    {
        "new" => "new template",
        "list" => "templates",
        "import" => "import template",
        "preview" or "edit" or "share" or "delete" or "export" => subCommand + " template " + name,
        _ => "help",
    };

    /// <summary>The box a template's JSON is pasted into, saying plainly how much it holds and where a longer one goes.</summary>
    public static JsonObject ImportModal(Language say)
    {
        ArgumentNullException.ThrowIfNull(say);
        var modal = ModalBuilder.Build(
            say.Format(Phrase.DiscordTemplateImportLimit, ModalBuilder.MaxAnswer.ToString("N0", say.Culture)),
            say[Phrase.DiscordTemplateImportTitle],
            say[Phrase.DiscordTemplateImportLabel]);
        modal["custom_id"] = ImportModalId;
        return modal;
    }

    /// <summary>What the import box's submit means: the request to import, then what was pasted.</summary>
    public static string ImportText(string pasted) => "import template\n" + pasted;

    private static JsonObject Named(Phrase name, Phrase description) => CommandJson.Sub(
        name,
        description,
        CommandJson.Text(Phrase.DiscordNameTemplateName, Phrase.DiscordTemplateName, autocomplete: false, maxLength: TemplateRules.MaxNameLength));
}
