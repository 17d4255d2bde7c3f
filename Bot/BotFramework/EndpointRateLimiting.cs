using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CoproBot.Bot.BotFramework;

/// <summary>Answers raw floods at the HTTP edge with 429 and a ProblemDetails, before any turn runs.</summary>
public static class EndpointRateLimiting
{
    public const string Policy = "bot-endpoints";

    public static IServiceCollection AddEndpointRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Policy, http =>
            {
                var perMinute = http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.RequestsPerClientPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = perMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests", detail: "Slow down and retry after the time in Retry-After.")
                    .ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }
}
