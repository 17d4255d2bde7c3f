using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CoproBot.Bot.Hosting;

public static class HealthEndpoints
{
    /// <summary>Liveness answers while the process runs; readiness also asks the store and checks the Discord settings, and says which check failed.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(StoreHealthCheck.ReadinessTag),
            ResponseWriter = HealthReportWriter.WriteAsync,
        });
        return app;
    }
}
