using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CoproBot.Bot.Privacy.Export;

/// <summary>Reads stored JSON whose strings may hold JSON themselves (dialog state does), opening every level up.</summary>
public static class NestedJson
{
    private const int MaxDepth = 32;

    /// <summary>Indented, with letters and quotes left as they are, so the person reads their words, not escapes.</summary>
    public static readonly JsonSerializerOptions Readable = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The data as JSON with nested JSON texts parsed into objects; text that is not JSON stays a string.</summary>
    public static JsonNode? Parse(string data) => Open(TryParse(data) ?? JsonValue.Create(data), 0);

    public static string Pretty(JsonNode? node) => node?.ToJsonString(Readable) ?? "null";

    private static JsonNode? Open(JsonNode? node, int depth)
    {
        switch (node)
        {
            case JsonObject obj when depth < MaxDepth:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    // A node put back in its own place would be refused for already having a parent.
                    if (Open(obj[name], depth + 1) is var opened && !ReferenceEquals(opened, obj[name]))
                    {
                        obj[name] = opened;
                    }
                }

                return obj;
            case JsonArray array when depth < MaxDepth:
                for (var i = 0; i < array.Count; i++)
                {
                    if (Open(array[i], depth + 1) is var opened && !ReferenceEquals(opened, array[i]))
                    {
                        array[i] = opened;
                    }
                }

                return array;
            case JsonValue value when value.TryGetValue<string>(out var text) && LooksLikeJson(text) && TryParse(text) is { } inner:
                // A fresh parse has no parent yet, so it can take the string's place in the tree.
                return Open(inner, depth + 1);
            default:
                return node;
        }
    }

    private static bool LooksLikeJson(string text)
    {
        var trimmed = text.AsSpan().Trim();
        return trimmed.Length >= 2 && ((trimmed[0] == '{' && trimmed[^1] == '}') || (trimmed[0] == '[' && trimmed[^1] == ']'));
    }

    private static JsonNode? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
