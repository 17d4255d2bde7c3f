namespace CoproBot.Bot.Privacy.Export;

/// <summary>One kind of thing kept about the person (their reflections, reminders…), with a sentence saying why it is kept.</summary>
public sealed record ExportSection(string Title, string About, IReadOnlyList<ExportItem> Items);
