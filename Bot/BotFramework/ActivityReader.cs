using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace CoproBot.Bot.BotFramework;

/// <summary>Reads and checks an incoming activity before anything acts on it.</summary>
public static class ActivityReader
{
    public static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        NullValueHandling = NullValueHandling.Ignore,
        MaxDepth = 64,
        DateParseHandling = DateParseHandling.DateTimeOffset,
    });

    /// <summary>Reads the body, up to <paramref name="maxBytes"/>; null when it is longer.</summary>
    public static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 4096);
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Parses and checks an activity; on failure, says why in words fit for a ProblemDetails.</summary>
    public static Activity? Parse(byte[] body, out string? error)
    {
        Activity? activity;
        try
        {
            using var reader = new JsonTextReader(new StreamReader(new MemoryStream(body)));
            activity = Serializer.Deserialize<Activity>(reader);
            if (activity is not null && reader.Read() && reader.TokenType != JsonToken.Comment)
            {
                error = "The body holds more than one JSON value.";
                return null;
            }
        }
        catch (JsonException e)
        {
            error = "The body is not a valid activity: " + e.Message;
            return null;
        }

        error = Check(activity);
        return error is null ? activity : null;
    }

    private static string? Check(Activity? activity)
    {
        if (activity is null)
        {
            return "The body is empty; an activity object was expected.";
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "The activity has no type.";
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "The activity has no conversation id.";
        }

        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || serviceUrl.Scheme is not ("http" or "https"))
        {
            return "The activity has no valid serviceUrl to answer to.";
        }

        return null;
    }
}
