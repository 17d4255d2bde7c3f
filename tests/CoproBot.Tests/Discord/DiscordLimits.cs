using System.Text.Json.Nodes;

namespace CoproBot.Tests.Discord;

/// <summary>Discord's limits on what the bot sends: messages (content, embeds, rows of components) and modals (title, labels).</summary>
internal static class DiscordLimits
{
    /// <summary>Checks interaction responses (their <c>data</c>) and webhook message bodies alike.</summary>
    public static void AssertWithin(IEnumerable<JsonNode> sent)
    {
        foreach (var node in sent)
        {
            if ((int?)node["type"] == 9)
            {
                AssertModal(node["data"]!);
            }
            else if (node["type"] is not null)
            {
                if (node["data"] is { } data)
                {
                    AssertMessage(data);
                }
            }
            else
            {
                AssertMessage(node);
            }
        }
    }

    public static void AssertMessage(JsonNode message)
    {
        Assert.InRange(((string?)message["content"])?.Length ?? 0, 0, 2000);
        var embeds = message["embeds"]?.AsArray() ?? [];
        Assert.InRange(embeds.Count, 0, 10);
        Assert.All(embeds, embed => Assert.InRange(((string?)embed!["description"])?.Length ?? 0, 0, 4096));
        Assert.InRange(embeds.Sum(embed => (((string?)embed!["description"])?.Length ?? 0) + (((string?)embed["title"])?.Length ?? 0)), 0, 6000);
        Assert.InRange(message["components"]?.AsArray().Count ?? 0, 0, 5);
    }

    public static void AssertModal(JsonNode modal)
    {
        Assert.InRange(((string)modal["title"]!).Length, 1, 45);
        Assert.InRange(((string)modal["custom_id"]!).Length, 1, 100);
        foreach (var component in modal["components"]!.AsArray())
        {
            switch ((int)component!["type"]!)
            {
                case 18:
                    Assert.InRange(((string)component["label"]!).Length, 1, 45);
                    Assert.InRange((int)component["component"]!["max_length"]!, 1, 4000);
                    break;
                case 10:
                    Assert.InRange(((string)component["content"]!).Length, 1, 4000);
                    break;
            }
        }
    }
}
