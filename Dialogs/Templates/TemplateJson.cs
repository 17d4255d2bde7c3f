using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CoproBot.Dialogs.Templates;

/// <summary>A template as a JSON document to take away and bring back (schema <c>coprobot.template</c>, version 1; see the folder README).</summary>
public static class TemplateJson
{
    public const string Schema = "coprobot.template";
    public const int Version = 1;

    // Bigger than any template the rules allow, with room for JSON's escapes; anything larger is refused unread.
    private const int MaxLength = 64_000;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(ReflectionTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var document = new JsonObject
        {
            ["schema"] = Schema,
            ["version"] = Version,
            ["name"] = template.Name,
            ["basedOn"] = template.BasedOn,
            ["questions"] = new JsonArray([.. template.Questions.Select(q => (JsonNode?)q)]),
            ["principles"] = new JsonArray([.. template.Principles.Select(p => (JsonNode?)p)]),
        };
        return document.ToJsonString(Indented);
    }

    /// <summary>The template the JSON describes (with a fresh id), or the plain reason it cannot be read.</summary>
    public static (ReflectionTemplate? Template, TemplateJsonError Error) Read(string? json, string id)
    {
        var text = Unfenced(json ?? string.Empty);
        if (text.Length == 0)
        {
            return (null, TemplateJsonError.Empty);
        }

        if (text.Length > MaxLength)
        {
            return (null, TemplateJsonError.TooLarge);
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException)
        {
            return (null, TemplateJsonError.NotJson);
        }

        if (root is not JsonObject document || Text(document["schema"]) != Schema)
        {
            return (null, TemplateJsonError.NotATemplate);
        }

        if (document["version"] is not JsonValue version || !version.TryGetValue<int>(out var number) || number != Version)
        {
            return (null, TemplateJsonError.UnknownVersion);
        }

        var questions = Lines(document["questions"]);
        var principles = Lines(document["principles"]);
        if (Text(document["name"]) is not { } name || questions is null || principles is null)
        {
            return (null, TemplateJsonError.MissingField);
        }

        return (new ReflectionTemplate { Id = id, Name = name.Trim(), BasedOn = Text(document["basedOn"]), Questions = questions, Principles = principles }, TemplateJsonError.None);
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static List<string>? Lines(JsonNode? node) =>
        node is JsonArray array && array.All(item => Text(item) is not null) ? [.. array.Select(item => Text(item)!.Trim())] : null;

    // Pasted from the export, the JSON may still sit in its code fence.
    private static string Unfenced(string text)
    {
        var trimmed = text.Trim();
        if (!trimmed.StartsWith("```", StringComparison.Ordinal))
        {
            return trimmed;
        }

        var firstLine = trimmed.IndexOf('\n', StringComparison.Ordinal);
        var body = firstLine < 0 ? string.Empty : trimmed[(firstLine + 1)..];
        return body.EndsWith("```", StringComparison.Ordinal) ? body[..^3].Trim() : body.Trim();
    }
}
