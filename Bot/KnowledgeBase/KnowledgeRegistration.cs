using CoproBot.Bot.Discord;
using CoproBot.Knowledge.Catalog;
using CoproBot.Knowledge.Store;

namespace CoproBot.Bot.KnowledgeBase;

public static class KnowledgeRegistration
{
    /// <summary>The three cases: seeded into the store at start-up, cached as one snapshot, refreshed after imports.</summary>
    public static IHostApplicationBuilder AddCoproKnowledge(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<KnowledgeStore>();
        builder.Services.AddSingleton(sp => new KnowledgeCatalog(sp.GetRequiredService<KnowledgeStore>(), sp.GetRequiredService<ILogger<KnowledgeCatalog>>()));
        builder.Services.AddHostedService<KnowledgeRefresher>();
        builder.Services.AddSingleton<ICommandChoices, KnowledgeCommandChoices>();
        return builder;
    }
}
