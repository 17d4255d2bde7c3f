using Azure.Monitor.OpenTelemetry.AspNetCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry;
using OpenTelemetry.Instrumentation.AspNetCore;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CoproBot.Bot.Observability;

public static class TelemetryRegistration
{
    /// <summary>The service name in exported telemetry; <c>OTEL_SERVICE_NAME</c> overrides it.</summary>
    public const string ServiceName = "coprobot";

    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string AzureMonitorSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>
    /// CoproBot's traces, metrics and log export: through OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, to
    /// Azure Monitor when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set, and nothing at all otherwise.
    /// </summary>
    /// <remarks>
    /// What is measured is measured where it is registered (the store, the outgoing calls, the turn middleware), each
    /// through <see cref="AddCoproTelemetryCore"/>, so this can be called before or after them.
    /// </remarks>
    public static IHostApplicationBuilder AddCoproTelemetry(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddCoproTelemetryCore();

        // Health probes every minute would drown the request traces.
        services.Configure<AspNetCoreTraceInstrumentationOptions>(options => options.Filter = http => !http.Request.Path.StartsWithSegments("/health"));

        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointSetting]);
        var azureMonitor = !string.IsNullOrWhiteSpace(builder.Configuration[AzureMonitorSetting]);
        if (!otlp && !azureMonitor)
        {
            return builder;
        }

        var openTelemetry = services.AddOpenTelemetry();
        if (azureMonitor)
        {
            // The distro brings ASP.NET Core and HTTP client instrumentation and log export of its own.
            openTelemetry.UseAzureMonitor().AddCoproBotSignals(withInstrumentation: false);
        }
        else
        {
            openTelemetry.AddCoproBotSignals(withInstrumentation: true);
        }

        if (otlp)
        {
            openTelemetry.UseOtlpExporter();
        }

        builder.Logging.AddOpenTelemetry(logging => logging.IncludeScopes = true);
        return builder;
    }

    /// <summary>CoproBot's own sources and meters, and optionally the standard ASP.NET Core and HTTP client instrumentation.</summary>
    public static IOpenTelemetryBuilder AddCoproBotSignals(this IOpenTelemetryBuilder openTelemetry, bool withInstrumentation = true)
    {
        // The environment detector again after AddService, so OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES win.
        openTelemetry.ConfigureResource(resource => resource.AddService(ServiceName).AddEnvironmentVariableDetector());
        openTelemetry.WithTracing(tracing =>
        {
            tracing.AddSource(CoproBotTelemetry.Name);
            if (withInstrumentation)
            {
                tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
            }
        });
        openTelemetry.WithMetrics(metrics =>
        {
            metrics.AddMeter(CoproBotTelemetry.Name);
            if (withInstrumentation)
            {
                metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
            }
        });
        return openTelemetry;
    }

    /// <summary>Counts, times and reports 429s of every call made through this HTTP client, as calls to <paramref name="peer"/>.</summary>
    public static IHttpClientBuilder AddOutgoingCallTelemetry(this IHttpClientBuilder client, string peer)
    {
        client.Services.AddCoproTelemetryCore();
        return client.AddHttpMessageHandler(services => ActivatorUtilities.CreateInstance<OutgoingCallTelemetryHandler>(services, peer));
    }

    /// <summary>The instruments and the turn middleware's dependencies; safe to call more than once.</summary>
    public static IServiceCollection AddCoproTelemetryCore(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CoproBotTelemetry>();
        return services;
    }
}
