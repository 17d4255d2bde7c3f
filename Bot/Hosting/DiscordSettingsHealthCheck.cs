using System.Text.RegularExpressions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CoproBot.Bot.Hosting;

/// <summary>Readiness of the Discord settings: healthy when Discord is not configured at all or fully, degraded when partly.</summary>
/// <remarks>
/// Degraded, not unhealthy: Teams keeps being served while an operator completes the Discord settings.
/// It reads the <c>Discord</c> section through <see cref="DiscordSettings"/>, kept beside it so the Discord feature's own
/// options class can replace it in one place.
/// </remarks>
internal sealed class DiscordSettingsHealthCheck(IOptions<DiscordSettings> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            return Task.FromResult(HealthCheckResult.Healthy("Discord is not configured."));
        }

        var problems = settings.Problems().ToList();
        return Task.FromResult(problems.Count == 0
            ? HealthCheckResult.Healthy("Discord is configured.")
            : HealthCheckResult.Degraded("Discord is partly configured: " + string.Join(" ", problems)));
    }
}

/// <summary>The <c>Discord</c> settings as the readiness check sees them.</summary>
public sealed partial class DiscordSettings
{
    public const string Section = "Discord";

    public string ApplicationId { get; set; } = string.Empty;

    /// <summary>The application's Ed25519 public key, 64 hexadecimal characters.</summary>
    public string PublicKey { get; set; } = string.Empty;

    public string BotToken { get; set; } = string.Empty;

    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>False turns Discord off; unset means on as soon as any Discord setting is given.</summary>
    public bool? Enabled { get; set; }

    internal bool IsConfigured => Enabled ?? !(IsBlank(ApplicationId) && IsBlank(PublicKey) && IsBlank(BotToken));

    internal IEnumerable<string> Problems()
    {
        if (IsBlank(ApplicationId))
        {
            yield return "Discord:ApplicationId is missing.";
        }

        if (IsBlank(PublicKey))
        {
            yield return "Discord:PublicKey is missing.";
        }
        else if (!HexKey().IsMatch(PublicKey))
        {
            yield return "Discord:PublicKey must be 64 hexadecimal characters.";
        }

        if (IsBlank(BotToken))
        {
            yield return "Discord:BotToken is missing.";
        }

        if (!Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("https" or "http"))
        {
            yield return "Discord:ApiBaseUrl must be an absolute http(s) URL.";
        }
    }

    private static bool IsBlank(string value) => string.IsNullOrWhiteSpace(value);

    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex HexKey();
}
