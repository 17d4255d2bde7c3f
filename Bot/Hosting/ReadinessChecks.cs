using CoproBot.Bot.Discord;

namespace CoproBot.Bot.Hosting;

public static class ReadinessChecks
{
    /// <summary>Adds the Discord settings to readiness: healthy when Discord is off or complete, degraded when partly set.</summary>
    /// <remarks>The store's own readiness check comes with <c>AddCoproStorage</c>.</remarks>
    public static IHostApplicationBuilder AddCoproReadinessChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<DiscordReadinessCheck>("discord-settings", tags: [StoreHealthCheck.ReadinessTag]);
        return builder;
    }
}
