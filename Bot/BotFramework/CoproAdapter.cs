using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace CoproBot.Bot.BotFramework;

/// <summary>The Bot Framework adapter for Teams and every Bot Connector channel, with CoproBot's middleware.</summary>
public sealed class CoproAdapter : CloudAdapter
{
    public CoproAdapter(
        BotFrameworkAuthentication authentication,
        IEnumerable<IMiddleware> middleware,
        TurnErrorHandler turnErrorHandler,
        ILogger<CoproAdapter> logger)
        : base(authentication, logger)
    {
        foreach (var item in middleware)
        {
            Use(item);
        }

        OnTurnError = turnErrorHandler.HandleAsync;
    }

    /// <summary>Runs one validated activity through authentication and the bot; the answer is set for invokes.</summary>
    /// <exception cref="UnauthorizedAccessException">The request's token is missing or not valid.</exception>
    public Task<InvokeResponse> ProcessAsync(string authHeader, Activity activity, IBot bot, CancellationToken cancellationToken) =>
        ProcessActivityAsync(authHeader, activity, bot.OnTurnAsync, cancellationToken);
}
