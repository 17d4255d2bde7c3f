using System.ComponentModel.DataAnnotations;

namespace CoproBot.Bot.Hosting;

/// <summary>The Bot Framework app credentials, read at the configuration root as every Bot Framework tool expects.</summary>
/// <remarks>Bound only to check them at start-up: the Bot Framework's own authentication reads the same settings.</remarks>
public sealed class MicrosoftAppOptions : IValidatableObject
{
    public const string SingleTenant = "SingleTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";
    public const string MultiTenant = "MultiTenant";

    /// <summary><c>SingleTenant</c> or <c>UserAssignedMSI</c> (multi-tenant is deprecated for new bots); empty means multi-tenant.</summary>
    public string MicrosoftAppType { get; set; } = string.Empty;

    /// <summary>The client id of the app registration or managed identity; empty turns authentication off (local use only).</summary>
    public string MicrosoftAppId { get; set; } = string.Empty;

    public string MicrosoftAppPassword { get; set; } = string.Empty;

    public string MicrosoftAppTenantId { get; set; } = string.Empty;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var type = MicrosoftAppType.Trim();
        if (type.Length > 0 && !IsOneOf(type, SingleTenant, UserAssignedMsi, MultiTenant))
        {
            yield return new($"MicrosoftAppType must be {SingleTenant}, {UserAssignedMsi} or {MultiTenant}, not '{type}'.", [nameof(MicrosoftAppType)]);
            yield break;
        }

        if (string.IsNullOrWhiteSpace(MicrosoftAppId))
        {
            if (type.Length > 0)
            {
                yield return new($"MicrosoftAppId is required when MicrosoftAppType is {type}.", [nameof(MicrosoftAppId)]);
            }

            yield break;
        }

        if (!Guid.TryParse(MicrosoftAppId, out _))
        {
            yield return new("MicrosoftAppId must be a client id (a GUID).", [nameof(MicrosoftAppId)]);
        }

        if (IsOneOf(type, SingleTenant, UserAssignedMsi) && string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
        {
            yield return new($"MicrosoftAppTenantId is required when MicrosoftAppType is {type}.", [nameof(MicrosoftAppTenantId)]);
        }

        if (!IsOneOf(type, UserAssignedMsi) && string.IsNullOrWhiteSpace(MicrosoftAppPassword))
        {
            yield return new("MicrosoftAppPassword is required when MicrosoftAppId is set (except for UserAssignedMSI).", [nameof(MicrosoftAppPassword)]);
        }
    }

    private static bool IsOneOf(string value, params string[] choices) =>
        choices.Any(choice => string.Equals(value, choice, StringComparison.OrdinalIgnoreCase));
}
