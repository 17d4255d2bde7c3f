using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace CoproBot.Bot.BotFramework;

/// <summary>
/// Counts, per client address, the requests to the bot endpoints that fail authentication or validation, and answers
/// the failures past the budget with 429 instead, logged once a minute rather than one by one.
/// </summary>
/// <remarks>
/// Only failures are counted. Every Teams activity arrives from the Bot Connector's few addresses and every Discord
/// interaction from Discord's (and, behind a front end whose address is not configured as a known proxy, everything
/// arrives from one address), so a limit on all requests per address would refuse a whole channel. Authenticated
/// requests are therefore never refused here, whatever their address has sent; junk costs its sender a cheap early
/// refusal and nobody else anything.
/// </remarks>
public sealed class FailedRequestLimiter(IOptions<RateLimitOptions> options, TimeProvider time, ILogger<FailedRequestLimiter> logger)
{
    // Addresses are forgotten a window after their last failure; the sweep waits until there are enough of them.
    private const int SweepAbove = 10_000;

    // Beyond this many addresses in one minute (a spread-out flood), the newcomers share one count.
    private const int MaxClients = 100_000;
    private const string Unknown = "unknown";
    private const string Overflow = "overflow";

    private readonly ConcurrentDictionary<string, Window> _clients = new(StringComparer.Ordinal);
    private long _lastSweep = -1;

    /// <summary>Counts one failed request; null while its client is within budget (answer as usual), else the 429 to answer.</summary>
    public IResult? CountFailure(HttpContext http)
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var minute = now / 60;
        SweepIfDue(minute);
        var client = ClientOf(http.Connection.RemoteIpAddress);
        if (_clients.Count >= MaxClients && !_clients.ContainsKey(client))
        {
            client = Overflow;
        }

        var window = _clients.GetOrAdd(client, static _ => new Window());
        int count;
        lock (window)
        {
            if (window.Minute != minute)
            {
                window.Minute = minute;
                window.Count = 0;
            }

            count = ++window.Count;
        }

        var limit = options.Value.FailedRequestsPerClientPerMinute;
        if (count <= limit)
        {
            return null;
        }

        if (count == limit + 1)
        {
            BotLog.ClientCutOff(logger, client, limit);
        }

        var retryAfter = 60 - (now % 60);
        http.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many failed requests",
            detail: "Too many requests from this address failed authentication or validation. Retry after the time in Retry-After.");
    }

    /// <summary>The count a client address falls under: itself for IPv4, its /64 network for IPv6 (one host's usual share).</summary>
    public static string ClientOf(IPAddress? address)
    {
        if (address is null)
        {
            return Unknown;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private void SweepIfDue(long minute)
    {
        var last = Interlocked.Read(ref _lastSweep);
        if (_clients.Count <= SweepAbove || last == minute || Interlocked.CompareExchange(ref _lastSweep, minute, last) != last)
        {
            return;
        }

        foreach (var (client, window) in _clients)
        {
            if (Volatile.Read(ref window.Minute) < minute)
            {
                _clients.TryRemove(new KeyValuePair<string, Window>(client, window));
            }
        }
    }

    private sealed class Window
    {
        public long Minute = -1;
        public int Count;
    }
}
