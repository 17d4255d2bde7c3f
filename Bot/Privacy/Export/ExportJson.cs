using System.Text.Json.Nodes;

namespace CoproBot.Bot.Privacy.Export;

/// <summary>The export as readable JSON: sections by title, each record an object of its plain-word values; no JSON inside strings.</summary>
/// <remarks>
/// The structure's own names (title, exported, about, records, summary, data) are a stable schema in every language, so
/// a program can read any person's export; the section titles, labels and values are in the person's language.
/// </remarks>
public static class ExportJson
{
    public static string Render(ExportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var root = new JsonObject
        {
            ["title"] = document.Title,
            ["exported"] = ExportWords.Date(document.Exported),
            ["about"] = document.Scope,
        };
        foreach (var section in document.Sections)
        {
            root[section.Title] = new JsonObject
            {
                ["about"] = section.About,
                ["records"] = new JsonArray([.. section.Items.Select(Item)]),
            };
        }

        return NestedJson.Pretty(root);
    }

    private static JsonObject Item(ExportItem item)
    {
        var json = new JsonObject { ["title"] = item.Title };
        foreach (var field in item.Fields)
        {
            // Two values may share a label (two ratings of one step); the second is numbered rather than lost.
            var label = field.Label;
            for (var n = 2; json.ContainsKey(label); n++)
            {
                label = $"{field.Label} ({n})";
            }

            json[label] = field.Value;
        }

        if (item.Document is { } document)
        {
            json["summary"] = new JsonArray([.. document.Select(line => (JsonNode?)JsonValue.Create(line))]);
        }

        if (item.Data is { } data)
        {
            json["data"] = data.DeepClone();
        }

        return json;
    }
}
