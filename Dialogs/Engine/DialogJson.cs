using Newtonsoft.Json;

namespace CoproBot.Dialogs.Engine;

/// <summary>The one serializer for dialog state: plain data only, no type names, dates left as text.</summary>
internal static class DialogJson
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.None,
        DateParseHandling = DateParseHandling.None,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        NullValueHandling = NullValueHandling.Ignore,
        MaxDepth = 64,
    };

    public static string Serialize(object? value) => JsonConvert.SerializeObject(value, Settings);

    public static T? Deserialize<T>(string json) => JsonConvert.DeserializeObject<T>(json, Settings);
}
