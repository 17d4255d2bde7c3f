using CoproBot.Bot.Care;
using CoproBot.Bot.Conversation;
using CoproBot.Bot.Hosting;
using CoproBot.Bot.Outgoing;
using CoproBot.Bot.Privacy;
using CoproBot.Bot.Privacy.Export;
using CoproBot.Bot.Proactive;
using CoproBot.Bot.Teams;
using CoproBot.Dialogs.Care;
using CoproBot.Storage.Privacy;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CoproBot.Bot.BotFramework;

public static class BotFrameworkRegistration
{
    /// <summary>The Bot Framework adapter, authentication from the standard MicrosoftApp* settings, and the bot.</summary>
    public static IHostApplicationBuilder AddCoproBot(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BotOptions>()
            .Bind(builder.Configuration.GetSection(BotOptions.Section))
            .ValidateSettings(BotOptions.Section);
        services.AddOptions<BotCredentialOptions>()
            .Bind(builder.Configuration)
            .ValidateSettings(section: string.Empty);
        services.AddOutgoingCalls(builder.Configuration);
        services.AddOptions<RateLimitOptions>()
            .Bind(builder.Configuration.GetSection(RateLimitOptions.Section))
            .ValidateSettings(RateLimitOptions.Section);
        services.AddSingleton<FailedRequestLimiter>();
        services.AddOptions<CareOptions>()
            .Bind(builder.Configuration.GetSection(CareOptions.Section))
            .PostConfigure(options => options.AddDefaultRegions())
            .ValidateSettings(CareOptions.Section);
        services.AddSingleton<CrisisSupport>();
        services.TryAddSingleton(TimeProvider.System);

        // MicrosoftAppType, MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId are read here, at the root,
        // as every Bot Framework tool expects. With no app id, authentication is off, which suits local use only.
        services.AddSingleton<BotFrameworkAuthentication>(sp =>
        {
            // Our own check first, so a bad setting is reported with every problem named, even when a background
            // service needs the adapter before start-up validation has run.
            var credentials = sp.GetRequiredService<IOptions<BotCredentialOptions>>().Value;
            return new SharedContractAuthentication(
                new ConfigurationBotFrameworkAuthentication(
                    WithEndpoints(sp.GetRequiredService<IConfiguration>(), credentials),
                    httpClientFactory: new NamedHttpClientFactory(sp.GetRequiredService<IHttpClientFactory>(), OutgoingCallRegistration.ConnectorClient),
                    logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()));
        });

        services.AddSingleton<TurnErrorHandler>();
        MiddlewareOrder.AddTo(services);
        services.AddSingleton<ActivityLedgerPurge>();
        services.AddHostedService(sp => sp.GetRequiredService<ActivityLedgerPurge>());
        services.AddSingleton<ConversationReferenceStore>();
        services.AddSingleton<ProactiveMessenger>();
        services.AddSingleton<ConversationTurnLock>();
        services.AddBotState();
        services.AddSingleton<TargetedReplies>();
        services.AddSingleton<CoproAdapter>();
        services.AddSingleton<WelcomeLedger>();
        services.AddSingleton<LanguageChoice>();
        services.AddSingleton<PersonalDataIndex>();
        services.AddSingleton<PersonalDataRecorder>();
        services.AddSingleton<GroupRecords>();
        services.AddSingleton<PersonalDataExport>();
        services.AddSingleton<PrivacyConversation>();
        services.AddSingleton<IBot, CoproActivityHandler>();
        return builder;
    }

    // The Bot Framework reads its endpoints from configuration, all of them or none (see BotCredentialOptions).
    private static IConfiguration WithEndpoints(IConfiguration configuration, BotCredentialOptions credentials) =>
        credentials.EndpointSettings() is { } endpoints
            ? new ConfigurationBuilder().AddConfiguration(configuration, shouldDisposeConfiguration: false).AddInMemoryCollection(endpoints).Build()
            : configuration;
}
