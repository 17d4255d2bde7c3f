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

[Collection(RunsAlone.Name)]
public sealed class TurnTelemetryTests : IAsyncLifetime
{
    // A channel no other test uses, so the metric points found are this test's own.
    private const string Channel = "telemetry-probe";

    private readonly List<Activity> _spans = [];
    private readonly List<Metric> _metrics = [];
    private readonly List<LogRecord> _logs = [];
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync(services: services =>
    {
        services.AddOpenTelemetry()
            .AddCoproBotSignals()
            .WithTracing(tracing => tracing.AddInMemoryExporter(_spans))
            .WithMetrics(metrics => metrics.AddInMemoryExporter(_metrics));
        services.AddLogging(logging => logging.AddOpenTelemetry(options =>
        {
            options.IncludeScopes = true;
            options.AddInMemoryExporter(_logs);
        }));
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ATurnIsTracedAndCountedWithItsChannelActivityTypeAndOutcome()
    {
        await _host.PostActivityAsync(Message("conv-telemetry", "hello"));
        await _host.Connector.NextMessageAsync();

        var turn = Assert.Single(_spans, span => span.OperationName == "turn message" && Tag(span, TelemetryTags.ConversationId) == "conv-telemetry");
        Assert.Equal(Channel, Tag(turn, TelemetryTags.Channel));
        Assert.Equal(TelemetryTags.Ok, Tag(turn, TelemetryTags.Outcome));
        Assert.Contains(_spans, span => span.OperationName.StartsWith("storage ", StringComparison.Ordinal) && span.ParentSpanId == turn.SpanId);

        var turns = PointsOf("coprobot.turns");
        Assert.Contains(turns, point => point.Tags.GetValueOrDefault(TelemetryTags.Outcome) == TelemetryTags.Ok && point.Tags.GetValueOrDefault(TelemetryTags.ActivityType) == "message" && point.Sum >= 1);
        Assert.Contains(PointsOf("coprobot.turn.duration"), point => point.Tags.GetValueOrDefault(TelemetryTags.Outcome) == TelemetryTags.Ok);
    }

    [Fact]
    public async Task StorageCallsAndTheReplyToTheConnectorAreMeasured()
    {
        await _host.PostActivityAsync(Message("conv-telemetry-storage", "hello"));
        await _host.Connector.NextMessageAsync();

        Flush();
        Assert.Contains(Points("coprobot.storage.operations"), point => point.Tags.GetValueOrDefault(TelemetryTags.Operation) == "insert" && point.Tags.GetValueOrDefault(TelemetryTags.Outcome) == TelemetryTags.Ok);
        Assert.Contains(Points("coprobot.storage.duration"), point => point.Tags.GetValueOrDefault(TelemetryTags.Operation) == "get");
        Assert.Contains(Points("coprobot.outgoing.requests"), point => point.Tags.GetValueOrDefault(TelemetryTags.Peer) == OutgoingPeers.Connector && point.Tags.GetValueOrDefault(TelemetryTags.StatusCode) == "200");
    }

    [Fact]
    public async Task ARepeatedActivityIsCountedAsAStorageConflictAndLoggedInTheTurnsScope()
    {
        var activity = Message("conv-telemetry-dup", "hello", id: "telemetry-dup");
        await _host.PostActivityAsync(activity);
        await _host.PostActivityAsync(activity);

        Flush();
        Assert.Contains(Points("coprobot.storage.conflicts"), point => point.Tags.GetValueOrDefault(TelemetryTags.Operation) == "insert" && point.Sum >= 1);
        var duplicate = Assert.Single(_logs, log => log.EventId.Id == 1003 && Scopes(log).Contains(("ConversationId", "conv-telemetry-dup")));
        Assert.Contains(("ChannelId", Channel), Scopes(duplicate));
    }

    private static string? Tag(Activity span, string name) => span.GetTagItem(name)?.ToString();

    private static List<(string, string?)> Scopes(LogRecord log)
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

    private Dictionary<string, object?> Message(string conversationId, string text, string? id = null)
    {
        var message = Activities.Message(_host.Connector.ServiceUrl, conversationId, text, id: id);
        message["channelId"] = Channel;
        return message;
    }

    private List<MetricSummary> PointsOf(string name)
    {
        Flush();
        return Points(name).Where(point => point.Tags.GetValueOrDefault(TelemetryTags.Channel) == Channel).ToList();
    }

    private List<MetricSummary> Points(string name)
    {
        var points = new List<MetricSummary>();
        foreach (var metric in _metrics.Where(metric => metric.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                var tags = new Dictionary<string, string?>();
                foreach (var tag in point.Tags)
                {
                    tags[tag.Key] = tag.Value?.ToString();
                }

                var sum = metric.MetricType switch
                {
                    MetricType.LongSum => point.GetSumLong(),
                    MetricType.Histogram => point.GetHistogramCount(),
                    _ => 0,
                };
                points.Add(new MetricSummary(tags, sum));
            }
        }

        return points;
    }

    private void Flush()
    {
        _metrics.Clear();
        Assert.True(_host.Services.GetRequiredService<MeterProvider>().ForceFlush(), "The meter provider did not flush.");
    }

    private sealed record MetricSummary(Dictionary<string, string?> Tags, long Sum);
}
