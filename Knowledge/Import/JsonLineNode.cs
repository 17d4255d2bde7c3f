using System.Text.Json;

namespace CoproBot.Knowledge.Import;

/// <summary>A parsed JSON value that remembers its line, so import errors can name it.</summary>
/// <remarks>System.Text.Json's DOM keeps no positions; knowledge files are small, so a tiny tree is cheap.</remarks>
internal sealed class JsonLineNode
{
    private JsonLineNode(JsonTokenType kind, int line)
    {
        Kind = kind;
        Line = line;
    }

    public JsonTokenType Kind { get; }

    public int Line { get; }

    public string? String { get; private init; }

    public decimal? Number { get; private init; }

    public Dictionary<string, JsonLineNode> Properties { get; } = new(StringComparer.Ordinal);

    public List<JsonLineNode> Items { get; } = [];

    public JsonLineNode? this[string name] => Properties.GetValueOrDefault(name);

    /// <summary>Parses a document; throws <see cref="JsonException"/> (with a line number) on bad syntax.</summary>
    public static JsonLineNode Parse(byte[] utf8)
    {
        var lineStarts = new List<long> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (!reader.Read())
        {
            throw new JsonException("The file is empty.", null, 0, 0);
        }

        return ReadValue(ref reader, lineStarts);
    }

    private static JsonLineNode ReadValue(ref Utf8JsonReader reader, List<long> lineStarts)
    {
        var line = LineOf(reader.TokenStartIndex, lineStarts);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new JsonLineNode(JsonTokenType.StartObject, line);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    obj.Properties[name] = ReadValue(ref reader, lineStarts);
                }

                return obj;
            case JsonTokenType.StartArray:
                var array = new JsonLineNode(JsonTokenType.StartArray, line);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Items.Add(ReadValue(ref reader, lineStarts));
                }

                return array;
            case JsonTokenType.String:
                return new JsonLineNode(JsonTokenType.String, line) { String = reader.GetString() };
            case JsonTokenType.Number:
                return new JsonLineNode(JsonTokenType.Number, line) { Number = reader.TryGetDecimal(out var number) ? number : null };
            default:
                return new JsonLineNode(reader.TokenType, line);
        }
    }

    private static int LineOf(long offset, List<long> lineStarts)
    {
        var index = lineStarts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}
