namespace CoproBot.Bot.Hosting;

/// <summary>Once shutdown begins, new requests get 503 so the channel retries elsewhere, while turns under way finish.</summary>
public static class ShutdownGate
{
    /// <summary>How long turns already under way may take to finish after SIGTERM, within a container's usual grace.</summary>
    public static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(25);

    public static IServiceCollection AddShutdownDrain(this IServiceCollection services) =>
        services.Configure<HostOptions>(options => options.ShutdownTimeout = DrainTimeout);

    public static IApplicationBuilder UseShutdownGate(this IApplicationBuilder app)
    {
        var stopping = app.ApplicationServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        return app.Use(async (context, next) =>
        {
            if (!stopping.IsCancellationRequested)
            {
                await next(context);
                return;
            }

            context.Response.Headers.Connection = "close";
            context.Response.Headers.RetryAfter = "5";
            await Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Shutting down", detail: "This instance is stopping; try again shortly.")
                .ExecuteAsync(context);
        });
    }
}
