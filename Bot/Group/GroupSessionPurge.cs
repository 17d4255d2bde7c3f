using CoproBot.Bot.Hosting;
using CoproBot.Dialogs.Group;
using Microsoft.Extensions.Options;

namespace CoproBot.Bot.Group;

/// <summary>Deletes group sessions once their retention has passed, as the consent notice promises.</summary>
public sealed class GroupSessionPurge(GroupSessionStore store, IOptions<GroupSessionOptions> options, TimeProvider time, ILogger<GroupSessionPurge> logger) : BackgroundService
{
    /// <summary>Deletes every session that started more than the retention ago; returns how many went.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var days = options.Value.RetentionDays;
        var purged = await store.PurgeStartedBeforeAsync(time.GetUtcNow().AddDays(-days), cancellationToken);
        if (purged > 0)
        {
            GroupLog.Purged(logger, purged, days);
        }

        return purged;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicWork.RunAsync(TimeSpan.FromHours(options.Value.PurgeIntervalHours), time, PurgeAsync, e => GroupLog.PurgeFailed(logger, e), stoppingToken);
}
