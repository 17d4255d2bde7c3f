using System.Text.Json.Nodes;

namespace CoproBot.Bot.Privacy.Export;

/// <summary>One thing kept: a title, labelled values in plain words, and where needed a document or raw data.</summary>
/// <param name="Title">What it is, e.g. "Reflection 1: ESTHER".</param>
/// <param name="Fields">Labelled values in the order they read best.</param>
public sealed record ExportItem(string Title, IReadOnlyList<ExportField> Fields)
{
    /// <summary>A document kept as it was written for the person (a reflection's summary), as Markdown lines.</summary>
    public IReadOnlyList<string>? Document { get; init; }

    /// <summary>What CoproBot has no plain words for yet, as data with any JSON inside strings opened up.</summary>
    public JsonNode? Data { get; init; }
}
