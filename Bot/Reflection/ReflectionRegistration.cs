using CoproBot.Bot.BotFramework;
using CoproBot.Bot.Hosting;
using CoproBot.Dialogs.Reflection;
using CoproBot.Dialogs.Reminders;
using CoproBot.Dialogs.Templates;
using Microsoft.Extensions.Options;

namespace CoproBot.Bot.Reflection;

public static class ReflectionRegistration
{
    /// <summary>Personal guided reflections, their archive, reminders that resume them on time, and teams' own templates for them.</summary>
    public static IHostApplicationBuilder AddCoproReflection(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSettings<ReflectionOptions>(builder.Configuration, ReflectionOptions.Section);
        services.AddBotState();
        services.AddSingleton<ReflectionArchive>();
        services.AddSingleton<ReminderBook>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<ReflectionDialog>(sp, sp.GetRequiredService<IOptions<ReflectionOptions>>().Value));
        services.AddSingleton<ReflectionTurns>();
        services.AddSingleton<TemplateStore>();
        services.AddSingleton<TemplateDialog>();
        services.AddSingleton<TemplateTurns>();
        services.AddSingleton<ReminderScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderScheduler>());
        return builder;
    }
}
