using CoproBot.Bot.Teams;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace CoproBot.Bot.BotFramework;

/// <summary>The Bot Framework adapter for Teams and every Bot Connector channel, with CoproBot's middleware.</summary>
public sealed class CoproAdapter : CloudAdapter
{
    private readonly TargetedReplies _targetedReplies;

    public CoproAdapter(
        BotFrameworkAuthentication authentication,
        IEnumerable<IMiddleware> middleware,
        TurnErrorHandler turnErrorHandler,
        TargetedReplies targetedReplies,
        ILogger<CoproAdapter> logger)
        : base(authentication, logger)
    {
        _targetedReplies = targetedReplies;
        foreach (var item in middleware)
        {
            Use(item);
        }

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

    /// <summary>Runs one validated activity through authentication and the bot; the answer is set for invokes.</summary>
    /// <exception cref="UnauthorizedAccessException">The request's token is missing or not valid.</exception>
    public Task<InvokeResponse> ProcessAsync(string authHeader, Activity activity, IBot bot, CancellationToken cancellationToken) =>
        ProcessActivityAsync(authHeader, activity, bot.OnTurnAsync, cancellationToken);

    private async Task<ResourceResponse> SendOneAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        (await base.SendActivitiesAsync(turnContext, [activity], cancellationToken))[0];
}
