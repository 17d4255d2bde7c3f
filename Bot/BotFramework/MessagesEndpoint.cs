using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CoproBot.Bot.BotFramework;

/// <summary>POST /api/messages: the Bot Framework protocol endpoint, with clear answers to bad requests.</summary>
public static class MessagesEndpoint
{
    public const string Route = "/api/messages";

    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder app)
    {
        app.MapPost(Route, HandleAsync)
            .WithName("BotMessages")
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        CoproAdapter adapter,
        IBot bot,
        IOptions<BotOptions> options,
        IOptions<BotCredentialOptions> credentials,
        FailedRequestLimiter failures,
        ILogger<CoproAdapter> logger)
    {
        var request = http.Request;
        if (!IsJson(request.ContentType))
        {
            return Reject(http, failures, logger, StatusCodes.Status415UnsupportedMediaType, "Unsupported content type", "Send the activity as application/json.");
        }

        // With authentication on, a request without a token is refused before its body is read.
        var authHeader = request.Headers.Authorization.ToString();
        if (authHeader.Length == 0 && credentials.Value.MicrosoftAppId.Length > 0)
        {
            return Unauthorized(http, failures, logger, channelId: null, "no Authorization header");
        }

        var body = await ActivityReader.ReadBodyAsync(request, options.Value.MaxRequestBytes, http.RequestAborted);
        if (body is null)
        {
            return Reject(http, failures, logger, StatusCodes.Status413PayloadTooLarge, "Activity too large", $"An activity may be at most {options.Value.MaxRequestBytes:N0} bytes.");
        }

        var activity = ActivityReader.Parse(body, out var error);
        if (activity is null)
        {
            return Reject(http, failures, logger, StatusCodes.Status400BadRequest, "Invalid activity", error!);
        }

        var authentication = await adapter.AuthenticateAsync(authHeader, activity, http.RequestAborted);
        if (authentication.Result is null)
        {
            return Unauthorized(http, failures, logger, activity.ChannelId, authentication.Refused!);
        }

        var invokeResponse = await adapter.ProcessAsync(authentication.Result, activity, bot, http.RequestAborted);
        return invokeResponse is null
            ? Results.Ok()
            : new InvokeResult(invokeResponse.Status, invokeResponse.Body);
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && (mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    // Failures are counted against the sender's address; past its budget the answer is a 429 (see FailedRequestLimiter).
    private static IResult Reject(HttpContext http, FailedRequestLimiter failures, ILogger logger, int status, string title, string detail)
    {
        if (failures.CountFailure(http) is { } tooMany)
        {
            return tooMany;
        }

        BotLog.RequestRejected(logger, Route, status, title);
        return Results.Problem(statusCode: status, title: title, detail: detail);
    }

    // The reason is only the kind of failure: neither the token nor what the token handler says of it reaches a log.
    private static IResult Unauthorized(HttpContext http, FailedRequestLimiter failures, ILogger logger, string? channelId, string reason)
    {
        if (failures.CountFailure(http) is { } tooMany)
        {
            return tooMany;
        }

        BotLog.Unauthorized(logger, channelId, reason);
        return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", detail: "A valid Bot Framework token is required.");
    }

    /// <summary>An invoke's answer, written with the Bot Framework's own JSON conventions.</summary>
    private sealed class InvokeResult(int status, object? body) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            if (body is null)
            {
                return;
            }

            httpContext.Response.ContentType = "application/json; charset=utf-8";
            using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            ActivityReader.Serializer.Serialize(writer, body);
            await httpContext.Response.WriteAsync(writer.ToString(), httpContext.RequestAborted);
        }
    }
}
