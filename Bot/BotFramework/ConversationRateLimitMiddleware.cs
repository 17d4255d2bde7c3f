using System.Threading.RateLimiting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace CoproBot.Bot.BotFramework;

/// <summary>Keeps one person, or one busy conversation, from crowding out everyone else, and says so kindly.</summary>
public sealed class ConversationRateLimitMiddleware : IMiddleware, IDisposable
{
    public const string SlowDown = "You're sending messages faster than I can answer them well. Please give me a moment, then try again.";

    private readonly PartitionedRateLimiter<string> _perPerson;
    private readonly PartitionedRateLimiter<string> _perConversation;
    private readonly ILogger<ConversationRateLimitMiddleware> _logger;

    public ConversationRateLimitMiddleware(IOptions<RateLimitOptions> options, ILogger<ConversationRateLimitMiddleware> logger)
    {
        _logger = logger;
        var limits = options.Value;
        _perPerson = Limiter(limits.MessagesPerPersonPerMinute);
        _perConversation = Limiter(limits.MessagesPerConversationPerMinute);
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message)
        {
            await next(cancellationToken);
            return;
        }

        using var person = _perPerson.AttemptAcquire(activity.ChannelId + "|" + activity.From?.Id);
        using var conversation = _perConversation.AttemptAcquire(activity.ChannelId + "|" + activity.Conversation.Id);
        if (person.IsAcquired && conversation.IsAcquired)
        {
            await next(cancellationToken);
            return;
        }

        Log.RateLimited(_logger, activity.ChannelId, activity.Conversation.Id);
        await turnContext.SendActivityAsync(SlowDown, cancellationToken: cancellationToken);
    }

    public void Dispose()
    {
        _perPerson.Dispose();
        _perConversation.Dispose();
    }

    private static PartitionedRateLimiter<string> Limiter(int perMinute) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = perMinute,
            TokensPerPeriod = Math.Max(1, perMinute / 6),
            ReplenishmentPeriod = TimeSpan.FromSeconds(10),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}
