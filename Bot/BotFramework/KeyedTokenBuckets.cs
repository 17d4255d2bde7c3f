using System.Collections.Concurrent;

namespace CoproBot.Bot.BotFramework;

/// <summary>
/// A token bucket per key, on the injected clock: a key may take <c>perMinute</c> at once, and <c>perMinute</c> a minute
/// after that, refilled smoothly. A bucket left alone for a minute is full again, so it is forgotten.
/// </summary>
public sealed class KeyedTokenBuckets(int perMinute, TimeProvider time)
{
    // Forgetting is a sweep over every bucket, so it waits until there are enough to be worth it, at most once a minute.
    private const int SweepAbove = 10_000;
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private long _lastSweep = time.GetTimestamp();

    /// <summary>
    /// Takes one token for <paramref name="key"/>. When none is left, <paramref name="refusedBefore"/> says whether the key's
    /// last attempt was refused too, so a caller can say "slow down" once rather than to every message.
    /// </summary>
    public bool TryTake(string key, out bool refusedBefore)
    {
        var now = time.GetTimestamp();
        SweepIfDue(now);
        var bucket = _buckets.GetOrAdd(key, static (_, state) => new Bucket(state.Capacity, state.Now), (Capacity: (double)perMinute, Now: now));
        lock (bucket)
        {
            var refilled = bucket.Tokens + (time.GetElapsedTime(bucket.Updated, now).TotalMinutes * perMinute);
            bucket.Tokens = Math.Min(perMinute, refilled);
            bucket.Updated = now;
            refusedBefore = bucket.Refused;
            if (bucket.Tokens >= 1)
            {
                bucket.Tokens -= 1;
                bucket.Refused = false;
                return true;
            }

            bucket.Refused = true;
            return false;
        }
    }

    private void SweepIfDue(long now)
    {
        var last = Interlocked.Read(ref _lastSweep);
        if (_buckets.Count <= SweepAbove || time.GetElapsedTime(last, now) < Idle || Interlocked.CompareExchange(ref _lastSweep, now, last) != last)
        {
            return;
        }

        foreach (var (key, bucket) in _buckets)
        {
            if (time.GetElapsedTime(Volatile.Read(ref bucket.Updated), now) >= Idle)
            {
                _buckets.TryRemove(new KeyValuePair<string, Bucket>(key, bucket));
            }
        }
    }

    private sealed class Bucket(double tokens, long updated)
    {
        public double Tokens = tokens;
        public long Updated = updated;
        public bool Refused;
    }
}
