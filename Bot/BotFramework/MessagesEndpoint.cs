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
            .RequireRateLimiting(EndpointRateLimiting.Policy)
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
        ILogger<CoproAdapter> logger)
    {
        var request = http.Request;
        if (!IsJson(request.ContentType))
        {
            return Reject(logger, StatusCodes.Status415UnsupportedMediaType, "Unsupported content type", "Send the activity as application/json.");
        }

        var body = await ActivityReader.ReadBodyAsync(request, options.Value.MaxRequestBytes, http.RequestAborted);
        if (body is null)
        {
            return Reject(logger, StatusCodes.Status413PayloadTooLarge, "Activity too large", $"An activity may be at most {options.Value.MaxRequestBytes:N0} bytes.");
        }

        var activity = ActivityReader.Parse(body, out var error);
        if (activity is null)
        {
            return Reject(logger, StatusCodes.Status400BadRequest, "Invalid activity", error!);
        }

        try
        {
            var invokeResponse = await adapter.ProcessAsync(request.Headers.Authorization.ToString(), activity, bot, http.RequestAborted);
            return invokeResponse is null
                ? Results.Ok()
                : new InvokeResult(invokeResponse.Status, invokeResponse.Body);
        }
        catch (UnauthorizedAccessException)
        {
            Log.Unauthorized(logger, activity.ChannelId);
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", detail: "A valid Bot Framework token is required.");
        }
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && (mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    private static IResult Reject(ILogger logger, int status, string title, string detail)
    {
        Log.RequestRejected(logger, Route, status, title);
        return Results.Problem(statusCode: status, title: title, detail: detail);
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
