using CoproBot.Bot.Hosting;
using CoproBot.Knowledge.Catalog;

namespace CoproBot.Bot.KnowledgeBase;

/// <summary>Seeds and loads the knowledge at start-up, then picks up imports made through other instances.</summary>
/// <remarks>
/// It runs in the background so a store that is down at start-up does not stop the bot: until the store answers,
/// the catalog answers from the knowledge shipped with the bot, and seeding is tried again.
/// </remarks>
public sealed class KnowledgeRefresher(KnowledgeCatalog catalog, TimeProvider time, ILogger<KnowledgeRefresher> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var initialized = false;
        return PeriodicWork.RunAsync(Interval, time, RoundAsync, e => BotLog.KnowledgeLoadFailed(logger, e), stoppingToken);

        async Task RoundAsync(CancellationToken cancellationToken)
        {
            if (!initialized)
            {
                var outcome = await catalog.InitializeAsync(cancellationToken);
                initialized = true;
                BotLog.KnowledgeLoaded(logger, outcome, catalog.Current.Version.Generation);
            }
            else if (await catalog.RefreshAsync(cancellationToken))
            {
                BotLog.KnowledgeRefreshed(logger, catalog.Current.Version.Generation);
            }
        }
    }
}
