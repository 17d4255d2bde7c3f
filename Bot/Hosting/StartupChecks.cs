namespace CoproBot.Bot.Hosting;

public static class StartupChecks
{
    /// <summary>
    /// Checks the root MicrosoftApp* settings at start-up (a wrong combination stops the host with the setting's name),
    /// and adds the Discord settings to readiness.
    /// </summary>
    public static IHostApplicationBuilder AddCoproStartupChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MicrosoftAppOptions>()
            .Bind(builder.Configuration)
            .ValidateSettings(section: string.Empty);

        builder.Services.AddOptions<DiscordSettings>().Bind(builder.Configuration.GetSection(DiscordSettings.Section));
        builder.Services.AddHealthChecks().AddCheck<DiscordSettingsHealthCheck>("discord-settings", tags: [StoreHealthCheck.ReadinessTag]);
        return builder;
    }
}
