using CoproBot.Bot.Hosting;
using CoproBot.Dialogs.Reflection;
using CoproBot.Dialogs.Understanding;
using CoproBot.Knowledge.Catalog;
using Microsoft.Extensions.Options;

namespace CoproBot.Bot.Understanding;

public static class UnderstandingRegistration
{
    /// <summary>
    /// The one reader of what messages mean, shared by reflections, group sessions, privacy commands and small talk.
    /// A reading by similarity (<see cref="IMeaningExamples"/>) is used when one is registered; without one the
    /// vocabulary's lexical reading stands alone.
    /// </summary>
    public static IHostApplicationBuilder AddCoproUnderstanding(this IHostApplicationBuilder builder)
    {
        // The confidence a reading needs is a reflection setting; binding it here too keeps this registration whole.
        builder.Services.AddSettings<ReflectionOptions>(builder.Configuration, ReflectionOptions.Section);
        builder.Services.AddSingleton(sp => new MeaningReader(
            MeaningVocabulary.Shipped,
            sp.GetRequiredService<KnowledgeCatalog>(),
            sp.GetRequiredService<IOptions<ReflectionOptions>>().Value.QuestionConfidence,
            sp.GetService<IMeaningExamples>()));
        return builder;
    }
}
