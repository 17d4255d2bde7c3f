using CoproBot.Bot.Hosting;
using CoproBot.Dialogs.Group;
using CoproBot.Dialogs.Templates;
using CoproBot.Dialogs.Understanding;
using Microsoft.Extensions.Options;

namespace CoproBot.Bot.Group;

public static class GroupRegistration
{
    /// <summary>Group facilitation in Teams channels, group chats and Discord channels, with its retention purge.</summary>
    public static IHostApplicationBuilder AddCoproGroupSessions(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<GroupSessionOptions>()
            .Bind(builder.Configuration.GetSection(GroupSessionOptions.Section))
            .ValidateSettings(GroupSessionOptions.Section);
        builder.Services.AddSingleton<GroupSessionStore>();
        builder.Services.AddSingleton(sp => new GroupCommandReader(sp.GetRequiredService<MeaningReader>()));
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<GroupSessionOptions>>().Value;
            return new GroupFacilitator(
                sp.GetRequiredService<GroupSessionStore>(),
                sp.GetRequiredService<TemplateStore>(),
                sp.GetRequiredService<TimeProvider>(),
                new GroupRules(options.RetentionDays, options.MaxContributionsPerQuestion, options.MaxContributionLength),
                sp.GetRequiredService<GroupCommandReader>());
        });
        builder.Services.AddSingleton<SessionPrivacy>();
        builder.Services.AddSingleton<GroupSessions>();
        builder.Services.AddSingleton<GroupSessionPurge>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<GroupSessionPurge>());
        return builder;
    }
}
