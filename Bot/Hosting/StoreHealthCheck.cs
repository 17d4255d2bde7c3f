using CoproBot.Storage.Tables;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoproBot.Bot.Hosting;

/// <summary>Readiness: the store answers.</summary>
internal sealed class StoreHealthCheck(ITableStore store) : IHealthCheck
{
    public const string ReadinessTag = "ready";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(3));
        return await store.PingAsync(timeout.Token)
            ? HealthCheckResult.Healthy("The store answers.")
            : HealthCheckResult.Unhealthy("The store cannot be reached.");
    }
}
