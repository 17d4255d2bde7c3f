using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CoproBot.Knowledge.Model;
using CoproBot.Storage.Tables;

namespace CoproBot.Knowledge.Import;

/// <summary>Reads and writes the JSON knowledge format (see Knowledge/Import/README.md for the schema).</summary>
public static class KnowledgeJson
{
    public const string FormatName = "coprobot-knowledge";
    public const int FormatVersion = 1;

    public static string Write(KnowledgeBase knowledge, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("format", FormatName);
            writer.WriteNumber("version", FormatVersion);
            writer.WriteStartArray("cases");
            foreach (var c in knowledge.Cases)
            {
                writer.WriteStartObject();
                writer.WriteString("id", c.Id);
                writer.WriteNumber("number", c.Number);
                writer.WriteString("name", c.Name);
                WriteStrings(writer, "aliases", c.Aliases);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("features");
            foreach (var f in knowledge.Features)
            {
                writer.WriteStartObject();
                writer.WriteString("id", f.Id);
                writer.WriteString("title", f.Title);
                WriteStrings(writer, "synonyms", f.Synonyms);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("cells");
            foreach (var cell in knowledge.Cells)
            {
                writer.WriteStartObject();
                writer.WriteString("case", cell.CaseId);
                writer.WriteString("feature", cell.FeatureId);
                if (cell.IsList)
                {
                    WriteStrings(writer, "items", cell.Items);
                }
                else
                {
                    writer.WriteString("text", cell.Text);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + (indented ? "\n" : string.Empty);
    }

    /// <summary>A short hash of the content, the same for the same knowledge whatever file it came from.</summary>
    public static string ContentHash(KnowledgeBase knowledge) =>
        ShortHash.Of(Write(knowledge, indented: false));

    public static KnowledgeReadResult Read(string json, CuratedVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(vocabulary);
        JsonLineNode root;
        try
        {
            root = JsonLineNode.Parse(System.Text.Encoding.UTF8.GetBytes(json));
        }
        catch (JsonException e)
        {
            return KnowledgeReadResult.Failed((int)(e.LineNumber ?? 0) + 1, KnowledgeErrorKind.Syntax, $"The file is not valid JSON: {e.Message}");
        }

        var draft = new KnowledgeDraft();
        if (root.Kind != JsonTokenType.StartObject || root["format"]?.String != FormatName)
        {
            return KnowledgeReadResult.Failed(root.Line, KnowledgeErrorKind.Syntax, $"Expected an object with \"format\": \"{FormatName}\".");
        }

        foreach (var c in Array(root, "cases", draft))
        {
            var name = Text(c, "name", draft) ?? string.Empty;
            var number = c["number"]?.Number is { } n ? (int)n : draft.Cases.Count + 1;
            var id = c["id"]?.String ?? Slug.From(name);
            draft.Cases.Add(new CaseDraft(c.Line, id, number, name, Strings(c, "aliases")));
        }

        foreach (var f in Array(root, "features", draft))
        {
            var title = Text(f, "title", draft) ?? string.Empty;
            var id = f["id"]?.String ?? vocabulary.FeatureId(title) ?? Slug.From(title);
            draft.Features.Add(new FeatureDraft(f.Line, id, title, Strings(f, "synonyms")));
        }

        foreach (var cell in Array(root, "cells", draft))
        {
            draft.Cells.Add(new CellDraft(cell.Line, cell["case"]?.String ?? string.Empty, cell["feature"]?.String ?? string.Empty, cell["text"]?.String, Strings(cell, "items")));
        }

        return KnowledgeValidator.Build(draft, vocabulary);
    }

    private static List<JsonLineNode> Array(JsonLineNode root, string name, KnowledgeDraft draft)
    {
        if (root[name] is { Kind: JsonTokenType.StartArray } array)
        {
            return array.Items.Where(i => i.Kind == JsonTokenType.StartObject).ToList();
        }

        draft.Error(root[name]?.Line ?? root.Line, KnowledgeErrorKind.Syntax, string.Create(CultureInfo.InvariantCulture, $"Expected an array \"{name}\"."));
        return [];
    }

    private static string? Text(JsonLineNode node, string name, KnowledgeDraft draft)
    {
        var value = node[name]?.String;
        if (string.IsNullOrWhiteSpace(value))
        {
            draft.Error(node.Line, KnowledgeErrorKind.EmptyCell, $"The \"{name}\" is missing or empty.");
        }

        return value;
    }

    private static List<string> Strings(JsonLineNode node, string name) =>
        node[name]?.Items.Select(i => i.String ?? string.Empty).ToList() ?? [];

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
