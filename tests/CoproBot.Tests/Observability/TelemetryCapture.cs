using System.Diagnostics;
using CoproBot.Bot.Observability;
using CoproBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CoproBot.Tests.Observability;

/// <summary>In-memory OpenTelemetry exporters attached to a test host, with CoproBot's signals as the bot exports them.</summary>
public sealed class TelemetryCapture
{
    public List<Activity> Spans { get; } = [];

    public List<Metric> Metrics { get; } = [];

    public List<LogRecord> Logs { get; } = [];

    public void AddTo(IServiceCollection services)
    {
        services.AddOpenTelemetry()
            .AddCoproBotSignals()
            .WithTracing(tracing => tracing.AddInMemoryExporter(Spans))
            .WithMetrics(metrics => metrics.AddInMemoryExporter(Metrics));
        services.AddLogging(logging => logging.AddOpenTelemetry(options =>
        {
            options.IncludeScopes = true;
            options.AddInMemoryExporter(Logs);
        }));
    }

    public static string? Tag(Activity span, string name) => span.GetTagItem(name)?.ToString();

    public static List<(string Key, string? Value)> Scopes(LogRecord log)
    {
        var found = new List<(string, string?)>();
        log.ForEachScope((scope, list) =>
        {
            foreach (var item in scope)
            {
                list.Add((item.Key, item.Value?.ToString()));
            }
        }, found);
        return found;
    }

    /// <summary>Collects the metrics now and gives the points of one of them, with their tags and count.</summary>
    public List<MetricPointSummary> Points(BotHost host, string name)
    {
        Metrics.Clear();
        Assert.True(host.Services.GetRequiredService<MeterProvider>().ForceFlush(), "The meter provider did not flush.");
        var points = new List<MetricPointSummary>();
        foreach (var metric in Metrics.Where(metric => metric.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                var tags = new Dictionary<string, string?>();
                foreach (var tag in point.Tags)
                {
                    tags[tag.Key] = tag.Value?.ToString();
                }

                var count = metric.MetricType switch
                {
                    MetricType.LongSum => point.GetSumLong(),
                    MetricType.Histogram => point.GetHistogramCount(),
                    _ => 0,
                };
                points.Add(new MetricPointSummary(tags, count));
            }
        }

        return points;
    }
}

public sealed record MetricPointSummary(Dictionary<string, string?> Tags, long Count)
{
    public string? this[string tag] => Tags.GetValueOrDefault(tag);
}
