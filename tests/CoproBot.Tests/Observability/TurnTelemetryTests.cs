using CoproBot.Bot.Discord;
using CoproBot.Bot.Observability;
using CoproBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoproBot.Tests.Observability;

[Collection(RunsAlone.Name)]
public sealed class TurnTelemetryTests : IAsyncLifetime
{
    // A channel no other test uses, so the metric points found are this test's own.
    private const string Channel = "telemetry-probe";

    private readonly TelemetryCapture _telemetry = new();
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync(services: _telemetry.AddTo);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ATurnIsTracedAndCountedWithItsChannelActivityTypeAndOutcome()
    {
        await _host.PostActivityAsync(Message("conv-telemetry", "hello"));
        await _host.Connector.NextMessageAsync();

        var turn = Assert.Single(_telemetry.Spans, span => span.OperationName == "turn message" && TelemetryCapture.Tag(span, TelemetryTags.ConversationId) == "conv-telemetry");
        Assert.Equal(Channel, TelemetryCapture.Tag(turn, TelemetryTags.Channel));
        Assert.Equal(TelemetryTags.Ok, TelemetryCapture.Tag(turn, TelemetryTags.Outcome));
        Assert.Contains(_telemetry.Spans, span => span.OperationName.StartsWith("storage ", StringComparison.Ordinal) && span.ParentSpanId == turn.SpanId);

        Assert.Contains(
            _telemetry.Points(_host, "coprobot.turns"),
            point => point[TelemetryTags.Channel] == Channel && point[TelemetryTags.ActivityType] == "message" && point[TelemetryTags.Outcome] == TelemetryTags.Ok && point.Count >= 1);
        Assert.Contains(
            _telemetry.Points(_host, "coprobot.turn.duration"),
            point => point[TelemetryTags.Channel] == Channel && point[TelemetryTags.Outcome] == TelemetryTags.Ok && point.Count >= 1);
    }

    [Fact]
    public async Task StorageCallsAndTheReplyToTheConnectorAreMeasured()
    {
        await _host.PostActivityAsync(Message("conv-telemetry-storage", "hello"));
        await _host.Connector.NextMessageAsync();

        Assert.Contains(_telemetry.Points(_host, "coprobot.storage.operations"), point => point[TelemetryTags.Operation] == "insert" && point[TelemetryTags.Outcome] == TelemetryTags.Ok);
        Assert.Contains(_telemetry.Points(_host, "coprobot.storage.duration"), point => point[TelemetryTags.Operation] == "get");
        Assert.Contains(_telemetry.Points(_host, "coprobot.outgoing.requests"), point => point[TelemetryTags.Peer] == OutgoingPeers.Connector && point[TelemetryTags.StatusCode] == "200");
        Assert.Contains(_telemetry.Points(_host, "coprobot.outgoing.duration"), point => point[TelemetryTags.Peer] == OutgoingPeers.Connector);
    }

    [Fact]
    public async Task ARepeatedActivityIsFoundInThePersonsStateAnsweredOnceAndLoggedInTheTurnsScope()
    {
        var activity = Message("conv-telemetry-dup", "hello", id: "telemetry-dup");
        await _host.PostActivityAsync(activity);
        await _host.PostActivityAsync(activity);

        // The answered id is read with the state, so the repeat costs no refused write, and it is not answered again.
        Assert.DoesNotContain(_telemetry.Points(_host, "coprobot.storage.conflicts"), point => point.Count >= 1);
        Assert.Single(_host.Connector.All, call => call.Activity.Conversation.Id == "conv-telemetry-dup" && call.Activity.Type == "message");
        var duplicate = Assert.Single(_telemetry.Logs, log => log.EventId.Id == 1003 && TelemetryCapture.Scopes(log).Contains(("ConversationId", "conv-telemetry-dup")));
        Assert.Contains(("ChannelId", Channel), TelemetryCapture.Scopes(duplicate));
    }

    [Fact]
    public async Task CallsThroughTheDiscordClientAreMeasuredAsCallsToDiscord()
    {
        using var discord = _host.Services.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(DiscordRestClient));

        using var response = await discord.GetAsync(new Uri(_host.Connector.ServiceUrl + "/no-such-route"));

        Assert.Contains(
            _telemetry.Points(_host, "coprobot.outgoing.requests"),
            point => point[TelemetryTags.Peer] == OutgoingPeers.Discord && point[TelemetryTags.StatusCode] == "404" && point[TelemetryTags.Outcome] == TelemetryTags.Error);
    }

    private Dictionary<string, object?> Message(string conversationId, string text, string? id = null)
    {
        var message = Activities.Message(_host.Connector.ServiceUrl, conversationId, text, id: id);
        message["channelId"] = Channel;
        return message;
    }
}
