using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CoproBot.Bot.Hosting;

/// <summary>Data-annotation validation whose failures name the setting as it is configured, such as <c>Storage:TablePrefix</c>.</summary>
public sealed class SettingsValidator<TOptions>(string section) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail(results.Select(Describe));
    }

    private string Describe(ValidationResult result)
    {
        var message = result.ErrorMessage ?? "is not valid.";
        var settings = result.MemberNames.Select(member => section.Length == 0 ? member : section + ":" + member).ToList();
        if (settings.Count == 0)
        {
            return $"{(section.Length == 0 ? "Settings" : section)}: {message}";
        }

        return settings.Exists(setting => message.Contains(setting, StringComparison.Ordinal))
            ? message
            : $"{string.Join(", ", settings)}: {message}";
    }
}
