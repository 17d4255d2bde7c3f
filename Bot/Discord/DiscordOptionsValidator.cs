using System.Globalization;
using Microsoft.Extensions.Options;

namespace CoproBot.Bot.Discord;

/// <summary>Checks the Discord settings at start-up, so a bad key stops the host instead of failing every request.</summary>
public sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        if (!options.IsConfigured)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.PublicKey))
        {
            failures.Add("Discord:PublicKey is required when Discord is configured: set it to the application's public key (64 hex digits) from the developer portal.");
        }
        else if (!DiscordSignatureVerifier.TryParsePublicKey(options.PublicKey, out _))
        {
            failures.Add("Discord:PublicKey is not a valid Ed25519 public key: it must be 64 hex digits.");
        }

        if (!string.IsNullOrWhiteSpace(options.ApplicationId) && !ulong.TryParse(options.ApplicationId, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            failures.Add("Discord:ApplicationId must be the application's numeric id.");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
        {
            failures.Add("Discord:ApiBaseUrl must be an absolute http(s) URL.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
