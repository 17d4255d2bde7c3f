using System.Globalization;

namespace CoproBot.Dialogs.Reminders;

/// <summary>The minute, in UTC, under which a reminder is filed in the due index: its partition key.</summary>
/// <remarks>Keys are <c>yyyyMMddHHmm</c>, so ordinal order is time order and a sweep can walk them one by one.</remarks>
internal static class DueMinute
{
    private const string Format = "yyyyMMddHHmm";

    public static string Of(DateTimeOffset moment) => moment.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static DateTimeOffset Start(string key) =>
        new(DateTime.ParseExact(key, Format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), TimeSpan.Zero);

    public static string Earlier(string one, string other) => string.CompareOrdinal(one, other) <= 0 ? one : other;

    public static bool IsBefore(string one, string other) => string.CompareOrdinal(one, other) < 0;
}
