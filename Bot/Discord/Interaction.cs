using System.Text.Json;

namespace CoproBot.Bot.Discord;

/// <summary>One verified interaction from Discord, read from its JSON without a model of every field.</summary>
public sealed class Interaction
{
    public const int Ping = 1;
    public const int ApplicationCommand = 2;
    public const int MessageComponent = 3;
    public const int Autocomplete = 4;
    public const int ModalSubmit = 5;

    private Interaction(JsonElement root) => Root = root;

    public JsonElement Root { get; }

    public int Type => Root.GetProperty("type").GetInt32();

    public string Id => StringProperty(Root, "id") ?? string.Empty;

    public string ApplicationId => StringProperty(Root, "application_id") ?? string.Empty;

    public string Token => StringProperty(Root, "token") ?? string.Empty;

    public string? GuildId => StringProperty(Root, "guild_id");

    /// <summary>The guild channel or DM channel the interaction happened in.</summary>
    public string? ChannelId => StringProperty(Root, "channel_id") ?? StringProperty(Child(Root, "channel") ?? default, "id");

    public string? Locale => StringProperty(Root, "locale");

    /// <summary>The person: member.user in a guild, user in a DM.</summary>
    public JsonElement? User => Child(Child(Root, "member") ?? default, "user") ?? Child(Root, "user");

    /// <summary>The interaction's data; an empty object when it has none, so readers need not check.</summary>
    public JsonElement Data => Child(Root, "data") ?? EmptyObject;

    /// <summary>The message a pressed component belongs to.</summary>
    public JsonElement? Message => Child(Root, "message");

    private static JsonElement EmptyObject { get; } = JsonDocument.Parse("{}").RootElement;

    /// <summary>Parses a body whose signature has been checked; null when it is not an interaction object.</summary>
    public static Interaction? Parse(byte[] body, out string? error)
    {
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.Number || !type.TryGetInt32(out _))
            {
                error = "The body is not an interaction: an object with a numeric type was expected.";
                return null;
            }

            error = null;
            return new Interaction(root.Clone());
        }
        catch (JsonException e)
        {
            error = "The body is not valid JSON: " + e.Message;
            return null;
        }
    }

    /// <summary>A child object, or null when it is absent or not an object: sent JSON is never trusted to have a shape.</summary>
    public static JsonElement? Child(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    /// <summary>A child array's items; none when it is absent or not an array.</summary>
    public static IEnumerable<JsonElement> Items(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : [];

    public static string? StringProperty(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
