using System.ComponentModel.DataAnnotations;
using Microsoft.Bot.Connector.Authentication;

namespace CoproBot.Bot.BotFramework;

/// <summary>The standard Bot Framework credentials and endpoints, read from the root of configuration as every Bot Framework tool expects.</summary>
/// <remarks>
/// The endpoint settings keep the Bot Framework's own names (those <c>ConfigurationBotFrameworkAuthentication</c> reads).
/// Left empty, the public cloud's are used. When any is set, the Bot Framework expects all of them, so the ones left
/// empty are filled in with the public cloud's values: a private cloud, or a test's local stand-in for the identity
/// services, needs to name only what differs.
/// </remarks>
public sealed class BotCredentialOptions : IValidatableObject
{
    private static readonly string[] AppTypes = ["MultiTenant", "SingleTenant", "UserAssignedMSI"];

    // AuthenticationConstants.ToChannelFromBotLoginUrlTemplate, with the tenant appended instead of formatted in.
    private const string PublicLoginUrl = "https://login.microsoftonline.com/";

    public string MicrosoftAppType { get; set; } = string.Empty;

    /// <summary>Empty turns authentication off, which is right for local use only.</summary>
    public string MicrosoftAppId { get; set; } = string.Empty;

    public string MicrosoftAppPassword { get; set; } = string.Empty;

    public string MicrosoftAppTenantId { get; set; } = string.Empty;

    /// <summary>The OpenID metadata that names the keys channels sign their tokens with.</summary>
    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } = string.Empty;

    /// <summary>The issuer of channels' tokens.</summary>
    public string ToBotFromChannelTokenIssuer { get; set; } = string.Empty;

    /// <summary>The OpenID metadata for tokens of the Emulator and of skills.</summary>
    public string ToBotFromEmulatorOpenIdMetadataUrl { get; set; } = string.Empty;

    /// <summary>The authority the bot gets its own tokens from, tenant included (<c>https://login.microsoftonline.com/{tenant}</c>).</summary>
    public string ToChannelFromBotLoginUrl { get; set; } = string.Empty;

    /// <summary>The scope of the bot's own tokens.</summary>
    public string ToChannelFromBotOAuthScope { get; set; } = string.Empty;

    /// <summary>The user token service.</summary>
    public string OAuthUrl { get; set; } = string.Empty;

    /// <summary>The caller id set on incoming activities.</summary>
    public string CallerId { get; set; } = string.Empty;

    /// <summary>Whether the login authority is checked against the known ones (off only for a private authority).</summary>
    public bool ValidateAuthority { get; set; } = true;

    private IEnumerable<(string Name, string Value)> EndpointUrls =>
    [
        (nameof(ToBotFromChannelOpenIdMetadataUrl), ToBotFromChannelOpenIdMetadataUrl),
        (nameof(ToBotFromEmulatorOpenIdMetadataUrl), ToBotFromEmulatorOpenIdMetadataUrl),
        (nameof(ToChannelFromBotLoginUrl), ToChannelFromBotLoginUrl),
        (nameof(OAuthUrl), OAuthUrl),
    ];

    /// <summary>
    /// The full set of endpoint settings when any is configured, with the public cloud's values for the rest; null when
    /// none is, so the Bot Framework's own public-cloud authentication is used unchanged.
    /// </summary>
    public IReadOnlyDictionary<string, string?>? EndpointSettings()
    {
        if (EndpointUrls.All(url => url.Value.Length == 0) && ToBotFromChannelTokenIssuer.Length == 0 && ToChannelFromBotOAuthScope.Length == 0 && CallerId.Length == 0)
        {
            return null;
        }

        var tenant = MicrosoftAppTenantId.Length > 0 ? MicrosoftAppTenantId : AuthenticationConstants.DefaultChannelAuthTenant;
        return new Dictionary<string, string?>
        {
            [nameof(ToBotFromChannelOpenIdMetadataUrl)] = Or(ToBotFromChannelOpenIdMetadataUrl, AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl),
            [nameof(ToBotFromChannelTokenIssuer)] = Or(ToBotFromChannelTokenIssuer, AuthenticationConstants.ToBotFromChannelTokenIssuer),
            [nameof(ToBotFromEmulatorOpenIdMetadataUrl)] = Or(ToBotFromEmulatorOpenIdMetadataUrl, AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl),
            [nameof(ToChannelFromBotLoginUrl)] = Or(ToChannelFromBotLoginUrl, PublicLoginUrl + tenant),
            [nameof(ToChannelFromBotOAuthScope)] = Or(ToChannelFromBotOAuthScope, AuthenticationConstants.ToChannelFromBotOAuthScope),
            [nameof(OAuthUrl)] = Or(OAuthUrl, AuthenticationConstants.OAuthUrl),
            [nameof(CallerId)] = Or(CallerId, Microsoft.Bot.Schema.CallerIdConstants.PublicAzureChannel),
            [nameof(ValidateAuthority)] = ValidateAuthority ? "true" : "false",
        };
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MicrosoftAppType.Length > 0 && !AppTypes.Contains(MicrosoftAppType, StringComparer.OrdinalIgnoreCase))
        {
            yield return new ValidationResult($"MicrosoftAppType must be one of {string.Join(", ", AppTypes)}.", [nameof(MicrosoftAppType)]);
        }

        foreach (var (name, value) in EndpointUrls)
        {
            if (value.Length > 0 && !(Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps))
            {
                yield return new ValidationResult($"{name} must be an absolute https URL.", [name]);
            }
        }

        if (MicrosoftAppId.Length == 0)
        {
            yield break;
        }

        var isManagedIdentity = MicrosoftAppType.Equals("UserAssignedMSI", StringComparison.OrdinalIgnoreCase);
        if (!isManagedIdentity && MicrosoftAppPassword.Length == 0)
        {
            yield return new ValidationResult("MicrosoftAppPassword is required when MicrosoftAppId is set (unless MicrosoftAppType is UserAssignedMSI).", [nameof(MicrosoftAppPassword)]);
        }

        if ((isManagedIdentity || MicrosoftAppType.Equals("SingleTenant", StringComparison.OrdinalIgnoreCase)) && MicrosoftAppTenantId.Length == 0)
        {
            yield return new ValidationResult($"MicrosoftAppTenantId is required when MicrosoftAppType is {MicrosoftAppType}.", [nameof(MicrosoftAppTenantId)]);
        }
    }

    private static string Or(string configured, string publicCloud) => configured.Length > 0 ? configured : publicCloud;
}
