using CoproBot.Bot.BotFramework;
using CoproBot.Bot.Care;
using CoproBot.Bot.Discord;
using CoproBot.Bot.Group;
using CoproBot.Bot.Home;
using CoproBot.Bot.KnowledgeBase;
using CoproBot.Bot.Observability;
using CoproBot.Bot.Reflection;
using CoproBot.Bot.Understanding;

namespace CoproBot.Bot.Hosting;

/// <summary>The one wiring of the bot: the server, the commands, the tests and the benchmarks all build it here.</summary>
public static class CoproHost
{
    /// <summary>The host builder with the bot's defaults and every service registered, ready to build.</summary>
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(CommandLine.HostArguments(args)).UseCoproDefaults(args);
        builder.AddCoproServices();
        return builder;
    }

    /// <summary>Every feature's services. Each registration stands on its own, so their order here is only for reading.</summary>
    public static IHostApplicationBuilder AddCoproServices(this IHostApplicationBuilder builder)
    {
        builder.AddForwardedHeadersTrust();
        builder.AddCoproReadinessChecks();
        builder.AddCoproStorage();
        builder.AddCoproKnowledge();
        builder.AddCoproMeaning();
        builder.AddCoproUnderstanding();
        builder.AddCoproBot();
        builder.AddCoproReflection();
        builder.AddCoproDiscord();
        builder.AddCoproGroupSessions();
        builder.AddCoproTelemetry();
        builder.Services.AddProblemDetails();
        builder.Services.AddShutdownDrain();
        return builder;
    }

    /// <summary>The request pipeline and the endpoints.</summary>
    public static WebApplication UseCoproEndpoints(this WebApplication app)
    {
        app.UseForwardedHeadersTrust();
        app.UseShutdownGate();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapHomePage();
        app.MapHealth();
        app.MapBotMessages();
        app.MapDiscordInteractions();
        return app;
    }
}
