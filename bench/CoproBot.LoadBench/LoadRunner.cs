using System.Diagnostics;

namespace CoproBot.LoadBench;

/// <summary>Drives conversations concurrently, each one turn after another, and measures whole turns.</summary>
/// <remarks>
/// A turn is one POST, from sending it to its answer: by then the bot has also delivered its replies. At most
/// <c>conversationsAtOnce</c> conversations are under way at a time (the client's connections), so a turn's time and its
/// timeout are spent on the bot and not waiting for a free connection, and the rest start as others finish.
/// </remarks>
public sealed class LoadRunner(HttpClient http, int conversationsAtOnce)
{
    /// <summary>Makes the request for turn <c>turn</c> of conversation <c>conversation</c>.</summary>
    public delegate HttpRequestMessage TurnFactory(int conversation, int turn);

    /// <summary>
    /// Runs warm-up rounds (one turn of every conversation each) until there have been <paramref name="warmup"/>'s turns
    /// and seconds, then measures the next turns of every conversation; <c>measuring</c>, if given, is called in between.
    /// </summary>
    public async Task<ScenarioResult> RunAsync(string scenario, int conversations, Warmup warmup, int turns, TurnFactory makeTurn, Action? measuring = null)
    {
        // Warm-up: every conversation's first turns (JIT, caches, dialog starts) are not measured. The runtime compiles
        // hot code again, optimised, only after it has run a while, so the warm-up lasts long enough for that too.
        long errors = 0;
        var refusals = new Refusals();
        using var slots = new SemaphoreSlim(conversationsAtOnce, conversationsAtOnce);
        var warming = Stopwatch.StartNew();
        var perConversation = Math.Max(1, warmup.Turns);
        for (var round = 0; round < warmup.Turns || warming.Elapsed < warmup.Duration; round++)
        {
            // The measured conversations take the first rounds; later ones go to other conversations, each taken through
            // the same first turns, so no one person sends more than people do and meets the limits on people.
            var generation = round < warmup.Turns ? 0 : 1 + ((round - warmup.Turns) / perConversation);
            var turn = round < warmup.Turns ? round : (round - warmup.Turns) % perConversation;
            await Task.WhenAll(Enumerable.Range(0, conversations).Select(c => InSlotAsync(slots, () => SendAsync(makeTurn((generation * conversations) + c, turn), refusals, ignoreErrors: true))));
        }

        var warmedFor = warming.Elapsed;
        var latencies = new long[conversations * turns];
        measuring?.Invoke();
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var processorBefore = Environment.CpuUsage.TotalTime;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, conversations).Select(c => InSlotAsync(slots, async () =>
        {
            for (var t = 0; t < turns; t++)
            {
                var started = Stopwatch.GetTimestamp();
                if (!await SendAsync(makeTurn(c, warmup.Turns + t), refusals, ignoreErrors: false))
                {
                    Interlocked.Increment(ref errors);
                }

                latencies[(c * turns) + t] = Stopwatch.GetTimestamp() - started;
            }
        })));
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        // The whole process's processor time, the client's share included: on a shared machine it varies far less
        // than throughput does, since other work slows the turns but barely changes what each one costs.
        var processor = Environment.CpuUsage.TotalTime - processorBefore;

        Array.Sort(latencies);
        var total = latencies.LongLength;
        return new ScenarioResult(
            scenario,
            conversations,
            total,
            errors,
            clock.Elapsed.TotalSeconds,
            total / clock.Elapsed.TotalSeconds,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.95),
            Percentile(latencies, 0.99),
            (double)allocated / total)
        {
            Refused = Interlocked.Read(ref refusals.Http),
            SlowedDown = Interlocked.Read(ref refusals.SlowedDown),
            Extra = { ["cpuMillisecondsPerTurn"] = processor.TotalMilliseconds / total, ["warmupSeconds"] = Math.Round(warmedFor.TotalSeconds, 1) },
        };
    }

    private static async Task InSlotAsync(SemaphoreSlim slots, Func<Task> conversation)
    {
        await slots.WaitAsync();
        try
        {
            await conversation();
        }
        finally
        {
            slots.Release();
        }
    }

    private async Task<bool> SendAsync(HttpRequestMessage request, Refusals refusals, bool ignoreErrors)
    {
        using (request)
        {
            try
            {
                using var response = await http.SendAsync(request);
                await response.Content.LoadIntoBufferAsync();

                // Warm-up turns count too: on default settings, not one turn may be refused.
                if (response.StatusCode == System.Net.HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500)
                {
                    Interlocked.Increment(ref refusals.Http);
                }

                // A Discord turn's answer comes in the response; a Bot Connector turn's reaches the sink.
                if (ConnectorSink.IsSlowDown(await response.Content.ReadAsStringAsync()))
                {
                    Interlocked.Increment(ref refusals.SlowedDown);
                }

                if (!response.IsSuccessStatusCode && !ignoreErrors)
                {
                    Console.Error.WriteLine($"{request.RequestUri?.AbsolutePath}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }

                return response.IsSuccessStatusCode;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // A turn that timed out or lost its connection is an error of the run, not the end of it.
                if (!ignoreErrors)
                {
                    Console.Error.WriteLine($"{request.RequestUri?.AbsolutePath}: {e.GetType().Name}: {e.Message}");
                }

                return false;
            }
        }
    }

    /// <summary>How long to warm up: at least this many turns of every conversation, and at least this long.</summary>
    public sealed record Warmup(int Turns, TimeSpan Duration);

    /// <summary>Turns refused at HTTP (429 or 5xx), and turns answered with "slow down" instead of their answer.</summary>
    private sealed class Refusals
    {
        public long Http;
        public long SlowedDown;
    }

    private static double Percentile(long[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)] * 1000.0 / Stopwatch.Frequency;
}
