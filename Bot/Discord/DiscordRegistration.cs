using CoproBot.Bot.Hosting;
using CoproBot.Bot.Observability;
using Microsoft.Extensions.Options;

namespace CoproBot.Bot.Discord;

public static class DiscordRegistration
{
    /// <summary>The Discord channel: options checked at start-up, the signature check, the adapter and the REST client.</summary>
    /// <remarks>With no Discord setting at all, the options pass and the endpoint answers 404, so the bot runs without Discord.</remarks>
    public static IHostApplicationBuilder AddCoproDiscord(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DiscordOptions>()
            .Bind(builder.Configuration.GetSection(DiscordOptions.Section))
            .ValidateSettings(DiscordOptions.Section);
        services.AddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>();
        services.AddHttpClient<DiscordRestClient>((provider, http) =>
        {
            http.BaseAddress = new Uri(provider.GetRequiredService<IOptions<DiscordOptions>>().Value.ApiBaseUrl.TrimEnd('/') + "/");
            http.DefaultRequestHeaders.UserAgent.ParseAdd("DiscordBot (CoproBot, 1.0)");
        })
            // The adapter is a singleton holding this client: pooled connections are recycled instead of the handler.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .AddOutgoingCallTelemetry(OutgoingPeers.Discord);

        services.AddSingleton<DiscordSignatureVerifier>();
        services.AddSingleton<ICommandChoices, KnowledgeCommandChoices>();
        services.AddSingleton<InteractionTranslator>();
        services.AddSingleton<DiscordAdapter>();
        services.AddTransient<CommandRegistrar>();
        return builder;
    }
}
