using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CoproBot.Bot.Observability;

/// <summary>CoproBot's own traces and metrics: turns, storage calls and outgoing calls to the channels.</summary>
/// <remarks>
/// Instruments cost nothing until an OpenTelemetry provider (or another listener) subscribes to them.
/// The meter comes from <see cref="IMeterFactory"/>, which owns and disposes it.
/// </remarks>
public sealed class CoproBotTelemetry
{
    /// <summary>The name of the ActivitySource and of the Meter.</summary>
    public const string Name = "CoproBot";

    public static readonly ActivitySource ActivitySource = new(Name);

    public CoproBotTelemetry(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(Name);
        Turns = meter.CreateCounter<long>("coprobot.turns", "{turn}", "Turns processed, by channel, activity type and outcome.");
        TurnDuration = meter.CreateHistogram<double>("coprobot.turn.duration", "s", "How long a turn took, from receipt to the end of the bot's work.");
        StorageOperations = meter.CreateCounter<long>("coprobot.storage.operations", "{operation}", "Storage calls, by operation and outcome.");
        StorageDuration = meter.CreateHistogram<double>("coprobot.storage.duration", "s", "How long a storage call took.");
        StorageConflicts = meter.CreateCounter<long>("coprobot.storage.conflicts", "{conflict}", "Writes refused because the entity changed or already existed.");
        OutgoingRequests = meter.CreateCounter<long>("coprobot.outgoing.requests", "{request}", "Calls to the Bot Connector and Discord, by peer and status code.");
        OutgoingDuration = meter.CreateHistogram<double>("coprobot.outgoing.duration", "s", "How long an outgoing call took.");
        OutgoingThrottled = meter.CreateCounter<long>("coprobot.outgoing.throttled", "{request}", "Outgoing calls answered 429 Too Many Requests.");
    }

    public Counter<long> Turns { get; }

    public Histogram<double> TurnDuration { get; }

    public Counter<long> StorageOperations { get; }

    public Histogram<double> StorageDuration { get; }

    public Counter<long> StorageConflicts { get; }

    public Counter<long> OutgoingRequests { get; }

    public Histogram<double> OutgoingDuration { get; }

    public Counter<long> OutgoingThrottled { get; }
}
