using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoproBot.Bot.Outgoing;
using Microsoft.Extensions.Options;

namespace CoproBot.Bot.Discord;

/// <summary>
/// Discord's REST API, as far as CoproBot needs it. Each attempt has a timeout; rate limits are waited out, and
/// edits and deletes are retried with backoff after server errors and timeouts, a bounded number of times
/// (<see cref="OutgoingCallOptions"/>). New messages are sent again only when Discord said it did not take them.
/// </summary>
public sealed class DiscordRestClient(
    HttpClient http,
    IOptions<DiscordOptions> options,
    IOptions<OutgoingCallOptions> outgoing,
    TimeProvider time,
    ILogger<DiscordRestClient> logger)
{
    /// <summary>Waits longer than this are not worth holding a reply for; the send fails instead.</summary>
    public static readonly TimeSpan MaxRetryWait = TimeSpan.FromSeconds(30);

    public Task<JsonNode?> CreateFollowupAsync(string applicationId, string token, JsonObject message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"webhooks/{applicationId}/{token}", message, botAuthorization: false, cancellationToken);

    public Task<JsonNode?> EditOriginalAsync(string applicationId, string token, JsonObject message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Patch, $"webhooks/{applicationId}/{token}/messages/@original", message, botAuthorization: false, cancellationToken);

    public Task<JsonNode?> EditFollowupAsync(string applicationId, string token, string messageId, JsonObject message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Patch, $"webhooks/{applicationId}/{token}/messages/{messageId}", message, botAuthorization: false, cancellationToken);

    /// <summary>Opens (or finds) the direct message channel with a person.</summary>
    public Task<JsonNode?> CreateDirectChannelAsync(string userId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "users/@me/channels", new JsonObject { ["recipient_id"] = userId }, botAuthorization: true, cancellationToken);

    public Task<JsonNode?> CreateMessageAsync(string channelId, JsonObject message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"channels/{channelId}/messages", message, botAuthorization: true, cancellationToken);

    public Task<JsonNode?> EditMessageAsync(string channelId, string messageId, JsonObject message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Patch, $"channels/{channelId}/messages/{messageId}", message, botAuthorization: true, cancellationToken);

    public Task<JsonNode?> DeleteMessageAsync(string channelId, string messageId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, $"channels/{channelId}/messages/{messageId}", body: null, botAuthorization: true, cancellationToken);

    /// <summary>Replaces the application's commands, globally or in one guild (guild commands appear at once; global ones take a while).</summary>
    public Task<JsonNode?> OverwriteCommandsAsync(string applicationId, string? guildId, JsonArray commands, CancellationToken cancellationToken) =>
        SendAsync(
            HttpMethod.Put,
            guildId is null ? $"applications/{applicationId}/commands" : $"applications/{applicationId}/guilds/{guildId}/commands",
            commands,
            botAuthorization: true,
            cancellationToken);

    private async Task<JsonNode?> SendAsync(HttpMethod method, string path, JsonNode? body, bool botAuthorization, CancellationToken cancellationToken)
    {
        var (json, files) = Split(body);
        var calls = outgoing.Value;
        var maxAttempts = calls.MaxRetries + 1;
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, path);
            if (json is not null)
            {
                request.Content = files.Count == 0 ? new StringContent(json, Encoding.UTF8, "application/json") : Multipart(json, files);
            }

            if (botAuthorization)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bot", options.Value.BotToken);
            }

            using var attemptTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(calls.AttemptTimeoutSeconds), time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, attemptTimeout.Token);
            HttpResponseMessage response;
            string text;
            try
            {
                response = await http.SendAsync(request, linked.Token);
                text = await response.Content.ReadAsStringAsync(linked.Token);
            }
            catch (OperationCanceledException) when (attemptTimeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                // No answer at all: an edit or a delete may be sent again, but a new message might already exist.
                if (IsIdempotent(method) && attempt < maxAttempts)
                {
                    DiscordLog.AttemptTimedOut(logger, method.Method, Route(path), calls.AttemptTimeoutSeconds, attempt);
                    await Task.Delay(Backoff(calls, attempt), time, cancellationToken);
                    continue;
                }

                DiscordLog.GaveUp(logger, method.Method, Route(path), attempt);
                throw new TimeoutException($"Discord did not answer {method} {Route(path)} within {calls.AttemptTimeoutSeconds} s.");
            }

            using (response)
            {
                if (response.IsSuccessStatusCode)
                {
                    return string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
                }

                var status = response.StatusCode;
                if (attempt < maxAttempts && status == HttpStatusCode.TooManyRequests && RetryAfter(response, text) is { } wait && wait <= MaxRetryWait)
                {
                    // A rate-limited request was not carried out, so even a new message is safe to send again.
                    DiscordLog.RateLimited(logger, method.Method, Route(path), wait.TotalSeconds, attempt);
                    await Task.Delay(wait, time, cancellationToken);
                    continue;
                }

                if (attempt < maxAttempts && IsTransient(status) && (IsIdempotent(method) || status == HttpStatusCode.ServiceUnavailable))
                {
                    DiscordLog.RequestFailed(logger, method.Method, Route(path), (int)status);
                    await Task.Delay(Backoff(calls, attempt), time, cancellationToken);
                    continue;
                }

                DiscordLog.RequestFailed(logger, method.Method, Route(path), (int)status);
                throw new HttpRequestException($"Discord answered {(int)status} to {method} {Route(path)}.", null, status);
            }
        }
    }

    /// <summary>The JSON to send, and the files that go with it (see <see cref="FileAttachments"/>), taken out of the JSON.</summary>
    private static (string? Json, List<OutgoingFile> Files) Split(JsonNode? body)
    {
        if (body is not JsonObject message || message[FileAttachments.FilesKey] is not JsonArray encoded)
        {
            return (body?.ToJsonString(), []);
        }

        var payload = message.DeepClone().AsObject();
        payload.Remove(FileAttachments.FilesKey);
        return (payload.ToJsonString(), FileAttachments.Make(encoded));
    }

    // Discord's uploads: the message as payload_json, each file as files[n] matching its attachment's id.
    private static MultipartFormDataContent Multipart(string json, List<OutgoingFile> files)
    {
        var content = new MultipartFormDataContent { { new StringContent(json, Encoding.UTF8, "application/json"), "payload_json" } };
        for (var i = 0; i < files.Count; i++)
        {
            var file = new ByteArrayContent(files[i].Bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue(files[i].MediaType);
            content.Add(file, $"files[{i}]", files[i].Name);
        }

        return content;
    }

    private static bool IsIdempotent(HttpMethod method) => method != HttpMethod.Post;

    // 503 means the request was not taken; after a 500 or a gateway error a new message may exist, so only edits retry.
    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private static TimeSpan Backoff(OutgoingCallOptions calls, int attempt)
    {
        var exponential = calls.BaseDelayMilliseconds * Math.Pow(2, attempt - 1);
        return TimeSpan.FromMilliseconds(Math.Min(exponential * (0.5 + (Random.Shared.NextDouble() / 2)), MaxRetryWait.TotalMilliseconds));
    }

    /// <summary>The wait Discord asks for: retry_after in the body (seconds, maybe fractional), else the Retry-After header.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage response, string body)
    {
        try
        {
            if (JsonNode.Parse(body) is JsonObject error && error["retry_after"] is JsonValue value && value.TryGetValue<double>(out var seconds) && seconds >= 0)
            {
                return TimeSpan.FromSeconds(seconds);
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's page, say): fall back to the header.
        }

        if (response.Headers.TryGetValues("Retry-After", out var header)
            && double.TryParse(header.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var headerSeconds) && headerSeconds >= 0)
        {
            return TimeSpan.FromSeconds(headerSeconds);
        }

        return null;
    }

    // Interaction tokens are secrets for 15 minutes: logs name the route, never the token.
    private static string Route(string path) =>
        path.StartsWith("webhooks/", StringComparison.Ordinal) ? string.Join('/', path.Split('/').Select((part, i) => i == 2 ? "{token}" : part)) : path;
}
