using Microsoft.Extensions.Options;

namespace CoproBot.Bot.Hosting;

public static class SettingsValidation
{
    /// <summary>Validates the section's data annotations at start-up; a failure names each setting in full.</summary>
    public static OptionsBuilder<TOptions> ValidateSettings<TOptions>(this OptionsBuilder<TOptions> options, string section)
        where TOptions : class
    {
        options.Services.AddSingleton<IValidateOptions<TOptions>>(new SettingsValidator<TOptions>(section));
        return options.ValidateOnStart();
    }
}
