using System.Globalization;
using System.Text.Json;

namespace CoproBot.Bot.Discord;

/// <summary>Reads what a pressed button, chosen option or submitted modal means, undoing <see cref="ComponentBuilder"/>'s encoding.</summary>
public static class ComponentReader
{
    /// <summary>The text a person "said" by pressing or choosing, and the raw values pressed.</summary>
    public static (string Text, string CustomId, List<string> Values) ReadComponent(Interaction interaction)
    {
        var data = interaction.Data;
        var customId = Interaction.StringProperty(data, "custom_id") ?? string.Empty;
        var values = Interaction.Items(data, "values").Where(value => value.ValueKind == JsonValueKind.String).Select(value => value.GetString()!).ToList();

        if (values.Count > 0)
        {
            var option = values[0];
            return (Decode(option, () => OptionLabel(interaction.Message, customId, option)), customId, values);
        }

        return (Decode(customId, () => ButtonLabel(interaction.Message, customId)), customId, values);
    }

    /// <summary>The entered text of a modal submit (all inputs, in order) and each input by its custom_id.</summary>
    public static (string Text, string CustomId, Dictionary<string, string> Fields) ReadModal(Interaction interaction)
    {
        var data = interaction.Data;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (data.ValueKind == JsonValueKind.Object && data.TryGetProperty("components", out var components))
        {
            CollectInputs(components, fields);
        }

        return (string.Join("\n\n", fields.Values.Where(value => value.Length > 0)), Interaction.StringProperty(data, "custom_id") ?? string.Empty, fields);
    }

    /// <summary>The text of the message a component belongs to: the question an "Answer" button answers.</summary>
    public static string MessageText(JsonElement? message)
    {
        var element = message ?? default;
        var descriptions = Interaction.Items(element, "embeds").Select(embed => Interaction.StringProperty(embed, "description")).Where(text => !string.IsNullOrEmpty(text));
        var text = string.Join("\n\n", descriptions);
        return text.Length > 0 ? text : Interaction.StringProperty(element, "content") ?? string.Empty;
    }

    private static string Decode(string encoded, Func<string?> label)
    {
        if (encoded.StartsWith("v:", StringComparison.Ordinal))
        {
            return encoded[2..];
        }

        if (encoded.StartsWith("i:", StringComparison.Ordinal) && int.TryParse(encoded.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return label() ?? encoded;
        }

        return label() ?? encoded;
    }

    private static string? ButtonLabel(JsonElement? message, string customId) =>
        Components(message).FirstOrDefault(component => Interaction.StringProperty(component, "custom_id") == customId) is { ValueKind: JsonValueKind.Object } button
            ? Interaction.StringProperty(button, "label")
            : null;

    private static string? OptionLabel(JsonElement? message, string customId, string value)
    {
        foreach (var select in Components(message).Where(component => Interaction.StringProperty(component, "custom_id") == customId))
        {
            foreach (var option in Interaction.Items(select, "options").Where(option => Interaction.StringProperty(option, "value") == value))
            {
                return Interaction.StringProperty(option, "label");
            }
        }

        return null;
    }

    private static IEnumerable<JsonElement> Components(JsonElement? message) =>
        Interaction.Items(message ?? default, "components").SelectMany(row => Interaction.Items(row, "components"));

    // Modal inputs come in action rows (the older layout) or inside labels (the current one); accept both.
    private static void CollectInputs(JsonElement node, Dictionary<string, string> fields)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
            {
                CollectInputs(item, fields);
            }

            return;
        }

        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (Interaction.StringProperty(node, "custom_id") is { } id && Interaction.StringProperty(node, "value") is { } value)
        {
            fields[id] = value;
        }

        if (node.TryGetProperty("components", out var components))
        {
            CollectInputs(components, fields);
        }

        if (node.TryGetProperty("component", out var component))
        {
            CollectInputs(component, fields);
        }
    }
}
