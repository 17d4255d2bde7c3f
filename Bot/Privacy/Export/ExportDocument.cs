namespace CoproBot.Bot.Privacy.Export;

/// <summary>Everything CoproBot keeps about one person, in plain words, grouped by what it is; rendered as Markdown or JSON.</summary>
public sealed record ExportDocument(DateTimeOffset Exported, IReadOnlyList<ExportSection> Sections)
{
    public const string Title = "Your data in CoproBot";

    public const string Scope =
        "Only your own data is included: your own words, ratings and ids, never other people's words or names.";

    public bool IsEmpty => Sections.All(section => section.Items.Count == 0);
}
