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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        var initialized = false;
        do
        {
            try
            {
                if (!initialized)
                {
                    var outcome = await catalog.InitializeAsync(stoppingToken);
                    initialized = true;
                    Log.KnowledgeLoaded(logger, outcome, catalog.Current.Version.Generation);
                }
                else if (await catalog.RefreshAsync(stoppingToken))
                {
                    Log.KnowledgeRefreshed(logger, catalog.Current.Version.Generation);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Log.KnowledgeLoadFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
