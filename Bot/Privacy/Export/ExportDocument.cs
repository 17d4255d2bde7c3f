using CoproBot.Dialogs.Languages;

namespace CoproBot.Bot.Privacy.Export;

/// <summary>Everything CoproBot keeps about one person, in plain words in their language, grouped by what it is; rendered as Markdown or JSON.</summary>
public sealed record ExportDocument(DateTimeOffset Exported, IReadOnlyList<ExportSection> Sections, Language Say)
{
    public string Title => Say[Phrase.ExportTitle];

    public string Scope => Say[Phrase.ExportScope];

    public bool IsEmpty => Sections.All(section => section.Items.Count == 0);
}
