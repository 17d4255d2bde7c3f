using System.ComponentModel.DataAnnotations;

namespace CoproBot.Bot.BotFramework;

/// <summary>The standard Bot Framework credentials, read from the root of configuration as every Bot Framework tool expects.</summary>
public sealed class BotCredentialOptions : IValidatableObject
{
    private static readonly string[] AppTypes = ["MultiTenant", "SingleTenant", "UserAssignedMSI"];

    public string MicrosoftAppType { get; set; } = string.Empty;

    /// <summary>Empty turns authentication off, which is right for local use only.</summary>
    public string MicrosoftAppId { get; set; } = string.Empty;

    public string MicrosoftAppPassword { get; set; } = string.Empty;

    public string MicrosoftAppTenantId { get; set; } = string.Empty;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MicrosoftAppType.Length > 0 && !AppTypes.Contains(MicrosoftAppType, StringComparer.OrdinalIgnoreCase))
        {
            yield return new ValidationResult($"MicrosoftAppType must be one of {string.Join(", ", AppTypes)}.", [nameof(MicrosoftAppType)]);
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
}
