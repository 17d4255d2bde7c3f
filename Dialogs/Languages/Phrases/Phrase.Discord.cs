namespace CoproBot.Dialogs.Languages;

public readonly partial struct Phrase
{
    // The /copro slash command's descriptions on Discord, localised there with description_localizations.
    public static readonly Phrase DiscordCommand = new(nameof(DiscordCommand));
    public static readonly Phrase DiscordAsk = new(nameof(DiscordAsk));
    public static readonly Phrase DiscordAskQuestion = new(nameof(DiscordAskQuestion));
    public static readonly Phrase DiscordCase = new(nameof(DiscordCase));
    public static readonly Phrase DiscordCaseOption = new(nameof(DiscordCaseOption));
    public static readonly Phrase DiscordCompare = new(nameof(DiscordCompare));
    public static readonly Phrase DiscordCompareFeature = new(nameof(DiscordCompareFeature));
    public static readonly Phrase DiscordReflect = new(nameof(DiscordReflect));
    public static readonly Phrase DiscordReflectCase = new(nameof(DiscordReflectCase));
    public static readonly Phrase DiscordMyData = new(nameof(DiscordMyData));
    public static readonly Phrase DiscordExportMyData = new(nameof(DiscordExportMyData));
    public static readonly Phrase DiscordForgetMe = new(nameof(DiscordForgetMe));
    public static readonly Phrase DiscordHelp = new(nameof(DiscordHelp));

    // Discord: the /copro command's names shown to people (name_localizations; Discord sends back the English names), and notices.
    public static readonly Phrase DiscordNameAsk = new(nameof(DiscordNameAsk));
    public static readonly Phrase DiscordNameCase = new(nameof(DiscordNameCase));
    public static readonly Phrase DiscordNameCompare = new(nameof(DiscordNameCompare));
    public static readonly Phrase DiscordNameReflect = new(nameof(DiscordNameReflect));
    public static readonly Phrase DiscordNameMyData = new(nameof(DiscordNameMyData));
    public static readonly Phrase DiscordNameExportMyData = new(nameof(DiscordNameExportMyData));
    public static readonly Phrase DiscordNameForgetMe = new(nameof(DiscordNameForgetMe));
    public static readonly Phrase DiscordNameHelp = new(nameof(DiscordNameHelp));
    public static readonly Phrase DiscordNameQuestion = new(nameof(DiscordNameQuestion));
    public static readonly Phrase DiscordNameCaseOption = new(nameof(DiscordNameCaseOption));
    public static readonly Phrase DiscordNameFeature = new(nameof(DiscordNameFeature));
    public static readonly Phrase DiscordAnsweredPrivately = new(nameof(DiscordAnsweredPrivately));
    public static readonly Phrase DiscordDone = new(nameof(DiscordDone));

    // Discord: the /copro template group (names, descriptions) and the import box.
    public static readonly Phrase DiscordNameTemplate = new(nameof(DiscordNameTemplate));
    public static readonly Phrase DiscordTemplate = new(nameof(DiscordTemplate));
    public static readonly Phrase DiscordNameTemplateMake = new(nameof(DiscordNameTemplateMake));
    public static readonly Phrase DiscordTemplateMake = new(nameof(DiscordTemplateMake));
    public static readonly Phrase DiscordNameTemplateList = new(nameof(DiscordNameTemplateList));
    public static readonly Phrase DiscordTemplateList = new(nameof(DiscordTemplateList));
    public static readonly Phrase DiscordNameTemplatePreview = new(nameof(DiscordNameTemplatePreview));
    public static readonly Phrase DiscordTemplatePreview = new(nameof(DiscordTemplatePreview));
    public static readonly Phrase DiscordNameTemplateEdit = new(nameof(DiscordNameTemplateEdit));
    public static readonly Phrase DiscordTemplateEdit = new(nameof(DiscordTemplateEdit));
    public static readonly Phrase DiscordNameTemplateShare = new(nameof(DiscordNameTemplateShare));
    public static readonly Phrase DiscordTemplateShare = new(nameof(DiscordTemplateShare));
    public static readonly Phrase DiscordNameTemplateDelete = new(nameof(DiscordNameTemplateDelete));
    public static readonly Phrase DiscordTemplateDelete = new(nameof(DiscordTemplateDelete));
    public static readonly Phrase DiscordNameTemplateExport = new(nameof(DiscordNameTemplateExport));
    public static readonly Phrase DiscordTemplateExport = new(nameof(DiscordTemplateExport));
    public static readonly Phrase DiscordNameTemplateImport = new(nameof(DiscordNameTemplateImport));
    public static readonly Phrase DiscordTemplateImport = new(nameof(DiscordTemplateImport));
    public static readonly Phrase DiscordNameTemplateName = new(nameof(DiscordNameTemplateName));
    public static readonly Phrase DiscordTemplateName = new(nameof(DiscordTemplateName));
    public static readonly Phrase DiscordTemplateImportTitle = new(nameof(DiscordTemplateImportTitle));
    public static readonly Phrase DiscordTemplateImportLabel = new(nameof(DiscordTemplateImportLabel));
    public static readonly Phrase DiscordTemplateImportLimit = new(nameof(DiscordTemplateImportLimit));
}
