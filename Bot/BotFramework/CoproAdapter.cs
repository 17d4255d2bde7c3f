using System.Text.Json;
using CoproBot.Bot.Teams;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.IdentityModel.Tokens;

namespace CoproBot.Bot.BotFramework;

/// <summary>The Bot Framework adapter for Teams and every Bot Connector channel, with CoproBot's middleware.</summary>
public sealed class CoproAdapter : CloudAdapter
{
    private readonly TargetedReplies _targetedReplies;

    public CoproAdapter(
        BotFrameworkAuthentication authentication,
        MiddlewareOrder middleware,
        TurnErrorHandler turnErrorHandler,
        TargetedReplies targetedReplies,
        ILogger<CoproAdapter> logger)
        : base(authentication, logger)
    {
        _targetedReplies = targetedReplies;
        middleware.ApplyTo(this);
        OnTurnError = turnErrorHandler.HandleAsync;
    }

    /// <summary>Sends the turn's replies in order; a reply marked as for one person goes only to them (see <see cref="TargetedReplies"/>).</summary>
    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        if (!activities.Any(TargetedReplies.IsMarked))
        {
            return await base.SendActivitiesAsync(turnContext, activities, cancellationToken);
        }

        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            responses[i] = TargetedReplies.IsMarked(activities[i])
                ? await _targetedReplies.SendAsync(turnContext, activities[i], reply => SendOneAsync(turnContext, reply, cancellationToken), cancellationToken)
                : await SendOneAsync(turnContext, activities[i], cancellationToken);
        }

        return responses;
    }

    private async Task<ResourceResponse> SendOneAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        (await base.SendActivitiesAsync(turnContext, [activity], cancellationToken))[0];

    /// <summary>
    /// Checks the request's token for this activity. A missing, malformed, forged, expired or misaddressed token is an
    /// expected outcome, not a fault: it comes back as <see cref="Authentication.Refused"/> with the kind of failure.
    /// </summary>
    public async Task<Authentication> AuthenticateAsync(string authHeader, Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            return new Authentication(await BotFrameworkAuthentication.AuthenticateRequestAsync(activity, authHeader, cancellationToken), null);
        }
        catch (Exception refused) when (IsInvalidToken(refused))
        {
            return new Authentication(null, refused.GetType().Name);
        }
    }

    /// <summary>Runs one authenticated activity through the bot; the answer is set for invokes.</summary>
    public Task<InvokeResponse> ProcessAsync(AuthenticateRequestResult authentication, Activity activity, IBot bot, CancellationToken cancellationToken) =>
        ProcessActivityAsync(authentication, activity, bot.OnTurnAsync, cancellationToken);

    // The Bot Framework says "not authorized" in several ways: its own checks throw UnauthorizedAccessException, the
    // token handler throws SecurityTokenException (a bad signature, no signature, an unknown key, expiry) and the
    // token's parser throws ArgumentException (SecurityTokenMalformedException among them) or a JSON error for junk.
    private static bool IsInvalidToken(Exception exception) =>
        exception is UnauthorizedAccessException or SecurityTokenException or ArgumentException or FormatException or JsonException
            or Newtonsoft.Json.JsonException;

    /// <summary>What authenticating a request found: the result to run the turn with, or why it was refused.</summary>
    public sealed record Authentication(AuthenticateRequestResult? Result, string? Refused);
}
