using CoproBot.Knowledge.Catalog;
using CoproBot.Knowledge.Meaning;
using CoproBot.Knowledge.Store;

namespace CoproBot.Bot.KnowledgeBase;

public static class KnowledgeRegistration
{
    /// <summary>The three cases: seeded into the store at start-up, cached as one snapshot, refreshed after imports.</summary>
    public static IHostApplicationBuilder AddCoproKnowledge(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<KnowledgeStore>();
        // Questions are read by meaning too, with the one sentence model of the process (see AddCoproMeaning).
        builder.Services.AddSingleton(sp => new KnowledgeCatalog(sp.GetRequiredService<KnowledgeStore>(), sp.GetRequiredService<ILogger<KnowledgeCatalog>>(), embedder: sp.GetRequiredService<ISentenceEmbedder>()));
        builder.Services.AddHostedService<KnowledgeRefresher>();
        return builder;
    }
}
