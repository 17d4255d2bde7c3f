using System.Text;
using System.Text.Json.Nodes;

namespace CoproBot.Tests.Fuzz;

/// <summary>Makes bad variants of a valid JSON document, reproducibly from a seed.</summary>
public sealed class JsonMutator(int seed)
{
    private static readonly string[] OddStrings =
    [
        string.Empty, " ", "\u0000", "\ud800", "\udfff", "\u202e\u202dtext", "\u200b\u200c\u200d", "🙂🙃👩🏽‍🚀", "ﷺ",
        "<at>x</at>", "<script>alert(1)</script>", "' OR 1=1 --", "%00%2F..%2F", "\r\n\t", "null", "NaN", "-0", "1e400",
        "@everyone", new string('a', 70_000),
    ];

    private static readonly string[] ActivityTypes =
    [
        "message", "invoke", "event", "typing", "conversationUpdate", "installationUpdate", "messageReaction",
        "endOfConversation", "messageUpdate", "messageDelete", "trace", "handoff", "command", "unknownType", string.Empty,
    ];

    private readonly Random _random = new(seed);

    public string Mutate(JsonObject original)
    {
        var node = (JsonObject)original.DeepClone();
        var mutations = _random.Next(1, 4);
        for (var i = 0; i < mutations; i++)
        {
            switch (_random.Next(9))
            {
                case 0:
                    RemoveRandom(node);
                    break;
                case 1:
                    ReplaceRandom(node, RandomValue(depth: 0));
                    break;
                case 2:
                    node["type"] = ActivityTypes[_random.Next(ActivityTypes.Length)];
                    break;
                case 3:
                    node["text"] = OddStrings[_random.Next(OddStrings.Length)];
                    break;
                case 4:
                    node[PickKey(node) ?? "channelData"] = Deep(_random.Next(10, 300));
                    break;
                case 5:
                    node["value"] = RandomValue(depth: 0);
                    node["name"] = _random.Next(2) == 0 ? "adaptiveCard/action" : OddStrings[_random.Next(OddStrings.Length)];
                    break;
                case 6:
                    node["entities"] = new JsonArray(RandomValue(0), new JsonObject { ["type"] = "mention", ["mentioned"] = RandomValue(1), ["text"] = RandomValue(1) });
                    break;
                case 7:
                    node["membersAdded"] = _random.Next(2) == 0 ? RandomValue(0) : new JsonArray(new JsonObject { ["id"] = RandomValue(1) });
                    break;
                default:
                    return Truncate(node.ToJsonString());
            }
        }

        return _random.Next(20) == 0 ? Truncate(node.ToJsonString()) : node.ToJsonString();
    }

    private string Truncate(string json) => json[.._random.Next(json.Length)];

    private void RemoveRandom(JsonObject node)
    {
        if (PickKey(node) is { } key)
        {
            node.Remove(key);
        }
    }

    private void ReplaceRandom(JsonObject node, JsonNode? value)
    {
        if (PickKey(node) is { } key)
        {
            node[key] = value;
        }
    }

    private string? PickKey(JsonObject node) => node.Count == 0 ? null : node.ElementAt(_random.Next(node.Count)).Key;

    private JsonNode? RandomValue(int depth) => _random.Next(depth > 2 ? 5 : 7) switch
    {
        0 => null,
        1 => _random.Next(2) == 0,
        2 => _random.NextDouble() * Math.Pow(10, _random.Next(-5, 300)) * (_random.Next(2) == 0 ? -1 : 1),
        3 => OddStrings[_random.Next(OddStrings.Length)],
        4 => RandomText(),
        5 => new JsonArray(RandomValue(depth + 1), RandomValue(depth + 1)),
        _ => new JsonObject { ["id"] = RandomValue(depth + 1), ["x"] = RandomValue(depth + 1) },
    };

    private string RandomText()
    {
        var builder = new StringBuilder();
        var length = _random.Next(0, 40);
        for (var i = 0; i < length; i++)
        {
            builder.Append((char)_random.Next(0, 0xFFFF));
        }

        return builder.ToString();
    }

    private static JsonNode Deep(int depth)
    {
        JsonNode node = new JsonObject { ["leaf"] = true };
        for (var i = 0; i < depth; i++)
        {
            node = i % 2 == 0 ? new JsonArray(node) : new JsonObject { ["n"] = node };
        }

        return node;
    }
}
