using System.Globalization;
using Microsoft.Bot.Schema;

namespace CoproBot.Dialogs.Prompts;

/// <summary>Works out the user's time zone: a saved zone first, then what the channel says about the user's clock, else UTC.</summary>
public static class UserTimeZone
{
    public static TimeZoneInfo Resolve(IActivity? activity, string? savedTimeZoneId = null)
    {
        if (Find(savedTimeZoneId) is { } saved)
        {
            return saved;
        }

        var message = activity as Activity;
        if (Find(message?.LocalTimezone) is { } local)
        {
            return local;
        }

        // Teams also reports the zone in a clientInfo entity.
        var clientInfo = activity?.Entities?.FirstOrDefault(e => string.Equals(e.Type, "clientInfo", StringComparison.OrdinalIgnoreCase));
        if (Find(clientInfo?.Properties?["timezone"]?.ToString()) is { } client)
        {
            return client;
        }

        // Only an offset: right for today, though it cannot follow daylight saving changes.
        if (message?.LocalTimestamp is { } timestamp)
        {
            var offset = timestamp.Offset;
            var id = offset == TimeSpan.Zero ? "UTC" : $"UTC{(offset < TimeSpan.Zero ? "-" : "+")}{offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture)}";
            return TimeZoneInfo.CreateCustomTimeZone(id, offset, id, id);
        }

        return TimeZoneInfo.Utc;
    }

    private static TimeZoneInfo? Find(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) ? zone : null;
}
