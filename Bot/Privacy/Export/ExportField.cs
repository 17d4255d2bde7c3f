namespace CoproBot.Bot.Privacy.Export;

/// <summary>One labelled value of an exported item, both in plain words.</summary>
public sealed record ExportField(string Label, string Value);
