using System.Globalization;
using Microsoft.Recognizers.Text;

namespace CoproBot.Dialogs.Prompts;

/// <summary>Turns the date-time recognizer's resolutions into moments on the user's clock.</summary>
internal static class DateTimeCandidates
{
    private static readonly string[] DateTimeFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"];

    public static List<Moment> From(IEnumerable<ModelResult> results, DateTime now, bool preferFuture)
    {
        var moments = new List<Moment>();
        foreach (var value in results.SelectMany(Values))
        {
            if (Read(value, now, preferFuture) is { } moment && !moments.Contains(moment))
            {
                moments.Add(moment);
            }
        }

        // "Monday" resolves to last and next Monday; the direction the caller prefers settles it when it can.
        var preferred = moments.Where(m => preferFuture ? m.IsNotBefore(now) : !m.IsAfter(now)).ToList();
        return preferred.Count > 0 ? preferred : moments;
    }

    /// <summary>The moments at the hour the words settle (see <see cref="WrittenHour"/>), or all of them when none is.</summary>
    /// <remarks>The French recognizer reads "12 h" as midnight only; the other half of the day is then taken at the written hour.</remarks>
    public static List<Moment> AtHour(List<Moment> moments, int? hour)
    {
        if (hour is not { } written)
        {
            return moments;
        }

        var atHour = moments.Where(m => m.HasTime && m.Local.Hour == written).ToList();
        if (atHour.Count == 0)
        {
            atHour = [.. moments
                .Where(m => m.HasTime && m.Local.Hour % 12 == written % 12)
                .Select(m => m with { Local = m.Local.Date.AddHours(written).AddMinutes(m.Local.Minute) })
                .Distinct()];
        }

        return atHour.Count > 0 ? atHour : moments;
    }

    private static IEnumerable<IReadOnlyDictionary<string, string>> Values(ModelResult result) =>
        result.Resolution?.TryGetValue("values", out var values) == true && values is IEnumerable<Dictionary<string, string>> list
            ? list
            : [];

    private static Moment? Read(IReadOnlyDictionary<string, string> value, DateTime now, bool preferFuture)
    {
        var type = value.GetValueOrDefault("type");
        var text = type switch
        {
            "datetime" or "date" or "time" => value.GetValueOrDefault("value"),
            "datetimerange" or "daterange" or "timerange" => value.GetValueOrDefault("start"),
            _ => null,
        };
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (type is "time" or "timerange")
        {
            if (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var time))
            {
                return null;
            }

            // A time on its own means today, or the next day once today's has passed.
            var at = now.Date + time;
            return new Moment(preferFuture && at < now ? at.AddDays(1) : at, HasTime: true);
        }

        if (type is "date" or "daterange")
        {
            return DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? new Moment(day, HasTime: false)
                : null;
        }

        return DateTime.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment)
            ? new Moment(moment, HasTime: true)
            : null;
    }

    internal sealed record Moment(DateTime Local, bool HasTime)
    {
        public bool IsNotBefore(DateTime now) => HasTime ? Local >= now : Local.Date >= now.Date;

        public bool IsAfter(DateTime now) => HasTime ? Local > now : Local.Date > now.Date;
    }
}
