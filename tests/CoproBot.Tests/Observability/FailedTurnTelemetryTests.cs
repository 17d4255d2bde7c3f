using CoproBot.Bot.Observability;
using CoproBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace CoproBot.Tests.Observability;

[Collection(RunsAlone.Name)]
public sealed class FailedTurnTelemetryTests
{
    private const string Channel = "telemetry-failure-probe";

    private readonly TelemetryCapture _telemetry = new();

    [Fact]
    public async Task AThrottledSendIsCountedAsA429OfTheConnector()
    {
        await using var host = await BotHost.StartAsync(settings: NoTyping, services: _telemetry.AddTo);
        var refused = 0;
        host.Connector.RespondAsync = _ => Task.FromResult(Interlocked.Increment(ref refused) == 1 ? Results.StatusCode(StatusCodes.Status429TooManyRequests) : null);

        await host.PostActivityAsync(Message(host, "conv-throttled"));
        await host.Connector.NextMessageAsync();

        Assert.Contains(_telemetry.Points(host, "coprobot.outgoing.throttled"), point => point[TelemetryTags.Peer] == OutgoingPeers.Connector && point.Count == 1);
        Assert.Contains(_telemetry.Points(host, "coprobot.outgoing.requests"), point => point[TelemetryTags.StatusCode] == "429" && point[TelemetryTags.Outcome] == TelemetryTags.Error);
        Assert.Contains(_telemetry.Logs, log => log.EventId.Id == 1100);
    }

    [Fact]
    public async Task ATurnWhoseReplyCannotBeSentIsCountedWithOutcomeError()
    {
        var settings = new Dictionary<string, string?>(NoTyping) { ["OutgoingCalls:MaxRetries"] = "0" };
        await using var host = await BotHost.StartAsync(settings: settings, services: _telemetry.AddTo);
        host.Connector.RespondAsync = _ => Task.FromResult<IResult?>(Results.StatusCode(StatusCodes.Status503ServiceUnavailable));

        await host.PostActivityAsync(Message(host, "conv-failing"));

        var turn = Assert.Single(_telemetry.Spans, span => TelemetryCapture.Tag(span, TelemetryTags.ConversationId) == "conv-failing" && span.OperationName == "turn message");
        Assert.Equal(TelemetryTags.Error, TelemetryCapture.Tag(turn, TelemetryTags.Outcome));
        Assert.Equal(System.Diagnostics.ActivityStatusCode.Error, turn.Status);
        Assert.Contains(
            _telemetry.Points(host, "coprobot.turns"),
            point => point[TelemetryTags.Channel] == Channel && point[TelemetryTags.Outcome] == TelemetryTags.Error && point.Count == 1);
    }

    private static Dictionary<string, string?> NoTyping => new() { ["Bot:TypingDelayMilliseconds"] = "10000" };

    private static Dictionary<string, object?> Message(BotHost host, string conversationId)
    {
        var message = Activities.Message(host.Connector.ServiceUrl, conversationId, "hello");
        message["channelId"] = Channel;
        return message;
    }
}
