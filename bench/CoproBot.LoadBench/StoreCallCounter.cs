using System.Diagnostics.Metrics;
using CoproBot.Bot.Observability;
using CoproBot.Bot.State;

namespace CoproBot.LoadBench;

/// <summary>Counts the bot's storage calls while a scenario is measured, from the bot's own storage metric.</summary>
/// <remarks>Only the call counter is listened to, and only for the scenarios that report it, so other runs pay nothing.</remarks>
public sealed class StoreCallCounter : IDisposable
{
    private const string StorageOperations = "coprobot.storage.operations";
    private readonly MeterListener _listener = new();
    private long _reads;
    private long _writes;
    private long _stateReads;
    private long _stateWrites;
    private long _stateConflicts;
    private volatile bool _counting;

    public StoreCallCounter()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == CoproBotTelemetry.Name && instrument.Name == StorageOperations)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>(OnMeasurement);
        _listener.Start();
    }

    /// <summary>Starts counting from zero: call it when the measured turns begin.</summary>
    public void Start()
    {
        Interlocked.Exchange(ref _reads, 0);
        Interlocked.Exchange(ref _writes, 0);
        Interlocked.Exchange(ref _stateReads, 0);
        Interlocked.Exchange(ref _stateWrites, 0);
        Interlocked.Exchange(ref _stateConflicts, 0);
        _counting = true;
    }

    /// <summary>Stops counting and adds the calls per measured turn to the result's extra figures.</summary>
    public void Report(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        _counting = false;
        var turns = Math.Max(1, result.Turns);
        result.Extra["storeReadsPerTurn"] = (double)Interlocked.Read(ref _reads) / turns;
        result.Extra["storeWritesPerTurn"] = (double)Interlocked.Read(ref _writes) / turns;
        result.Extra["stateReadsPerTurn"] = (double)Interlocked.Read(ref _stateReads) / turns;
        result.Extra["stateWritesPerTurn"] = (double)Interlocked.Read(ref _stateWrites) / turns;

        // Each state write refused for a changed ETag makes its turn be decided again (or, past the attempts, refused).
        result.Extra["stateETagConflicts"] = Interlocked.Read(ref _stateConflicts);
    }

    public void Dispose() => _listener.Dispose();

    private void OnMeasurement(Instrument instrument, long measurement, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        if (!_counting)
        {
            return;
        }

        string? operation = null;
        string? table = null;
        string? outcome = null;
        foreach (var tag in tags)
        {
            if (tag.Key == TelemetryTags.Operation)
            {
                operation = tag.Value as string;
            }
            else if (tag.Key == TelemetryTags.Table)
            {
                table = tag.Value as string;
            }
            else if (tag.Key == TelemetryTags.Outcome)
            {
                outcome = tag.Value as string;
            }
        }

        var isState = table == TableBotStorage.Table;
        switch (operation)
        {
            case "get" or "query_partition" or "query_table":
                Interlocked.Add(ref _reads, measurement);
                if (isState)
                {
                    Interlocked.Add(ref _stateReads, measurement);
                }

                break;
            case "insert" or "replace" or "upsert" or "delete":
                Interlocked.Add(ref _writes, measurement);
                if (isState)
                {
                    Interlocked.Add(ref _stateWrites, measurement);
                    if (outcome == TelemetryTags.Conflict)
                    {
                        Interlocked.Add(ref _stateConflicts, measurement);
                    }
                }

                break;
        }
    }
}
