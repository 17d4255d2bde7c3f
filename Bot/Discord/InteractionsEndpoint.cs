using System.Text.Json.Nodes;
using CoproBot.Bot.BotFramework;
using CoproBot.Dialogs.Languages;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace CoproBot.Bot.Discord;

/// <summary>POST /api/discord/interactions: Discord's HTTP interactions, verified before anything is read from them.</summary>
public static class InteractionsEndpoint
{
    public const string Route = "/api/discord/interactions";
    public const string SignatureHeader = "X-Signature-Ed25519";
    public const string TimestampHeader = "X-Signature-Timestamp";

    public static IEndpointRouteBuilder MapDiscordInteractions(this IEndpointRouteBuilder app)
    {
        app.MapPost(Route, HandleAsync)
            .WithName("DiscordInteractions")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        IOptions<DiscordOptions> options,
        DiscordSignatureVerifier verifier,
        ICommandChoices choices,
        DiscordAdapter adapter,
        IBot bot,
        FailedRequestLimiter failures,
        ILogger<DiscordAdapter> logger)
    {
        if (!options.Value.IsConfigured)
        {
            return Reject(http, failures, logger, StatusCodes.Status404NotFound, "Discord is not configured", "This bot has no Discord application set up.");
        }

        var request = http.Request;
        var signature = request.Headers[SignatureHeader].ToString();
        var timestamp = request.Headers[TimestampHeader].ToString();
        if (!DiscordSignatureVerifier.HeadersAreWellFormed(signature, timestamp))
        {
            return Unauthorized(http, failures, logger, "The request has no valid signature headers.");
        }

        if (!verifier.IsFresh(timestamp))
        {
            return Unauthorized(http, failures, logger, "The request's timestamp is too far from now.");
        }

        var body = await ActivityReader.ReadBodyAsync(request, options.Value.MaxRequestBytes, http.RequestAborted);
        if (body is null)
        {
            return Reject(http, failures, logger, StatusCodes.Status413PayloadTooLarge, "Interaction too large", $"An interaction may be at most {options.Value.MaxRequestBytes:N0} bytes.");
        }

        if (!verifier.Verify(signature, timestamp, body))
        {
            return Unauthorized(http, failures, logger, "The request's signature does not match.");
        }

        var interaction = Interaction.Parse(body, out var error);
        if (interaction is null)
        {
            return RejectSigned(logger, StatusCodes.Status400BadRequest, "Invalid interaction", error!);
        }

        DiscordLog.InteractionReceived(logger, interaction.Id, interaction.Type, interaction.ChannelId);
        if (interaction.Type == Interaction.Ping)
        {
            return Results.Json(InteractionResponse.Of(InteractionResponse.Pong));
        }

        if (interaction.Type == Interaction.Autocomplete)
        {
            return Results.Json(CoproCommand.Autocomplete(interaction.Data, choices, Language.ForLocale(interaction.Locale) ?? Language.English));
        }

        // The import box is all the answer needs: what is pasted into it starts the turn.
        if (interaction.Type == Interaction.ApplicationCommand && CoproCommand.Read(interaction.Data).SubCommand == TemplateCommandGroup.Import)
        {
            return Results.Json(InteractionResponse.Of(InteractionResponse.Modal, TemplateCommandGroup.ImportModal(Language.ForLocale(interaction.Locale) ?? Language.English)));
        }

        if (!InteractionTranslator.StartsTurn(interaction.Type))
        {
            return RejectSigned(logger, StatusCodes.Status400BadRequest, "Unknown interaction type", $"Interactions of type {interaction.Type} are not handled.");
        }

        if (string.IsNullOrEmpty(interaction.Token) || string.IsNullOrEmpty(interaction.ApplicationId))
        {
            return RejectSigned(logger, StatusCodes.Status400BadRequest, "Invalid interaction", "The interaction has no token or application id to answer with.");
        }

        var (response, session) = await adapter.ProcessAsync(interaction, bot, http.RequestAborted);
        if (session is not null)
        {
            // Follow-ups wait for this: Discord refuses them until the interaction has been answered.
            http.Response.OnCompleted(() =>
            {
                session.MarkResponseSent();
                return Task.CompletedTask;
            });
        }

        return new SentResult(response, session);
    }

    // Failures before the signature is known good are counted against the sender's address (see FailedRequestLimiter).
    private static IResult Unauthorized(HttpContext http, FailedRequestLimiter failures, ILogger logger, string detail) =>
        failures.CountFailure(http) ?? Problem(logger, StatusCodes.Status401Unauthorized, "Invalid request signature", detail, logged: detail);

    private static IResult Reject(HttpContext http, FailedRequestLimiter failures, ILogger logger, int status, string title, string detail) =>
        failures.CountFailure(http) ?? Problem(logger, status, title, detail, logged: title);

    // Discord signed it, so it is not junk from an address to be counted, however it fails.
    private static IResult RejectSigned(ILogger logger, int status, string title, string detail) =>
        Problem(logger, status, title, detail, logged: title);

    private static IResult Problem(ILogger logger, int status, string title, string detail, string logged)
    {
        DiscordLog.RequestRejected(logger, status, logged);
        return Results.Problem(statusCode: status, title: title, detail: detail);
    }

    /// <summary>Writes the interaction response and completes it, then lets the session's follow-ups go.</summary>
    private sealed class SentResult(JsonObject response, InteractionSession? session) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            try
            {
                httpContext.Response.StatusCode = StatusCodes.Status200OK;
                httpContext.Response.ContentType = "application/json; charset=utf-8";
                await httpContext.Response.WriteAsync(response.ToJsonString(), httpContext.RequestAborted);
                await httpContext.Response.CompleteAsync();
            }
            finally
            {
                session?.MarkResponseSent();
            }
        }
    }
}
