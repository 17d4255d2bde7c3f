using CoproBot.Bot.Hosting;
using CoproBot.Bot.Observability;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace CoproBot.Bot.Outgoing;

public static class OutgoingCallRegistration
{
    /// <summary>The HTTP client the Bot Connector uses: bounded retries with jittered backoff that honour Retry-After.</summary>
    public const string ConnectorClient = "BotConnector";

    public static IServiceCollection AddOutgoingCalls(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutgoingCallOptions>()
            .Bind(configuration.GetSection(OutgoingCallOptions.Section))
            .ValidateSettings(OutgoingCallOptions.Section);

        var connector = services.AddHttpClient(ConnectorClient);
        connector.AddResilienceHandler("connector", static (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<OutgoingCallOptions>>().Value;
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = Math.Max(options.MaxRetries, 1),
                    ShouldHandle = options.MaxRetries == 0 ? static _ => PredicateResult.False() : new HttpRetryStrategyOptions().ShouldHandle,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromMilliseconds(options.BaseDelayMilliseconds),
                    MaxDelay = TimeSpan.FromSeconds(30),

                    // Teams answers 429 with Retry-After when a conversation is sent to too fast.
                    ShouldRetryAfterHeader = true,
                });
                pipeline.AddTimeout(TimeSpan.FromSeconds(options.AttemptTimeoutSeconds));
            });

        // Added after the retries, so it sits inside them and sees every attempt and every 429.
        connector.AddOutgoingCallTelemetry(OutgoingPeers.Connector);
        return services;
    }
}
