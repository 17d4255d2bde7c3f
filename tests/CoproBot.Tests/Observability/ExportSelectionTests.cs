using CoproBot.Bot.Observability;
using CoproBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CoproBot.Tests.Observability;

[Collection(RunsAlone.Name)]
public sealed class ExportSelectionTests
{
    [Fact]
    public async Task WithNoExporterConfiguredNoTelemetryPipelineRuns()
    {
        await using var host = await BotHost.StartAsync();

        Assert.Null(host.Services.GetService<TracerProvider>());
        Assert.Null(host.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task AnOtlpEndpointTurnsOnTracesAndMetrics()
    {
        // Nothing listens there: exports fail quietly, which is what a collector outage looks like.
        await using var host = await BotHost.StartAsync(settings: new Dictionary<string, string?>
        {
            [TelemetryRegistration.OtlpEndpointSetting] = $"http://127.0.0.1:{FreePort.Next()}",
        });

        Assert.NotNull(host.Services.GetService<TracerProvider>());
        Assert.NotNull(host.Services.GetService<MeterProvider>());
        Assert.True((await host.Client.GetAsync("/health/ready")).IsSuccessStatusCode);
    }
}
