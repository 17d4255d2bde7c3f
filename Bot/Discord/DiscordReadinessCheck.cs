using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CoproBot.Bot.Discord;

/// <summary>Readiness of the Discord settings: healthy when Discord is not configured at all or fully, degraded when partly.</summary>
/// <remarks>
/// A missing or bad public key already stops start-up (<see cref="DiscordOptionsValidator"/>): nothing could be verified.
/// Without the application id or bot token, interactions are still answered, but commands cannot be registered and
/// follow-up messages fail; that is degraded, not unhealthy, so Teams keeps being served while it is put right.
/// </remarks>
internal sealed class DiscordReadinessCheck(IOptions<DiscordOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            return Task.FromResult(HealthCheckResult.Healthy("Discord is not configured."));
        }

        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(settings.ApplicationId))
        {
            missing.Add("Discord:ApplicationId is missing (commands cannot be registered).");
        }

        if (string.IsNullOrWhiteSpace(settings.PublicKey))
        {
            missing.Add("Discord:PublicKey is missing (interactions cannot be verified).");
        }

        if (string.IsNullOrWhiteSpace(settings.BotToken))
        {
            missing.Add("Discord:BotToken is missing (follow-up messages and command registration fail).");
        }

        return Task.FromResult(missing.Count == 0
            ? HealthCheckResult.Healthy("Discord is configured.")
            : HealthCheckResult.Degraded("Discord is partly configured: " + string.Join(" ", missing)));
    }
}
