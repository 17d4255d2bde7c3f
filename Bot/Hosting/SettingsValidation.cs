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

    /// <summary>Binds a section and validates it at start-up, once: a second registration that reads the same settings adds nothing.</summary>
    public static IServiceCollection AddSettings<TOptions>(this IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class
    {
        if (!services.Any(service => service.ImplementationInstance is SettingsValidator<TOptions>))
        {
            services.AddOptions<TOptions>().Bind(configuration.GetSection(section)).ValidateSettings(section);
        }

        return services;
    }
}
