namespace CoproBot.Bot.Hosting;

public static class ReadinessChecks
{
    /// <summary>Adds the Discord settings to readiness: healthy when Discord is off or complete, degraded when partly set.</summary>
    public static IHostApplicationBuilder AddCoproReadinessChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DiscordSettings>().Bind(builder.Configuration.GetSection(DiscordSettings.Section));
        builder.Services.AddHealthChecks().AddCheck<DiscordSettingsHealthCheck>("discord-settings", tags: [StoreHealthCheck.ReadinessTag]);
        return builder;
    }
}
