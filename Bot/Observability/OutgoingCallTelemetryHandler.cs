using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace CoproBot.Bot.Observability;

/// <summary>Counts and times calls to a peer (the Bot Connector, Discord), with 429 answers counted apart.</summary>
/// <remarks>Attach it to a named HTTP client with <see cref="TelemetryRegistration.AddOutgoingCallTelemetry"/>.</remarks>
public sealed class OutgoingCallTelemetryHandler(string peer, CoproBotTelemetry telemetry, TimeProvider time, ILogger<OutgoingCallTelemetryHandler> logger)
    : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var status = "none";
        var outcome = TelemetryTags.Error;
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            status = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
            outcome = response.IsSuccessStatusCode ? TelemetryTags.Ok : TelemetryTags.Error;
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                telemetry.OutgoingThrottled.Add(1, new KeyValuePair<string, object?>(TelemetryTags.Peer, peer));
                ObservabilityLog.Throttled(logger, peer, request.Method.Method, request.RequestUri?.Host ?? "?");
            }

            return response;
        }
        finally
        {
            var tags = new TagList
            {
                { TelemetryTags.Peer, peer },
                { TelemetryTags.StatusCode, status },
                { TelemetryTags.Outcome, outcome },
            };
            telemetry.OutgoingRequests.Add(1, tags);
            telemetry.OutgoingDuration.Record(time.GetElapsedTime(started).TotalSeconds, tags);
        }
    }
}
