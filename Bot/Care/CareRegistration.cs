using CoproBot.Dialogs.Care;
using CoproBot.Knowledge.Meaning;

namespace CoproBot.Bot.Care;

public static class CareRegistration
{
    /// <summary>The sentence model and the crisis detector built on it, one of each per process, warmed at start.</summary>
    public static IHostApplicationBuilder AddCoproMeaning(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ISentenceEmbedder>(SharedSentenceModel.Instance);
        builder.Services.AddSingleton(_ => CrisisDetector.Shared);
        builder.Services.AddHostedService<MeaningWarmup>();
        return builder;
    }
}
