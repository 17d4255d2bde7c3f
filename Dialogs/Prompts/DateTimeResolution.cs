namespace CoproBot.Dialogs.Prompts;

/// <summary>A recognised moment: the instant in UTC, the same moment on the user's clock, and whether to confirm it back.</summary>
/// <param name="Utc">The instant to store.</param>
/// <param name="Local">The same instant with the user's offset, for saying it back.</param>
/// <param name="TimeZoneId">The zone used to read the answer.</param>
/// <param name="IsAmbiguous">More than one moment fits (e.g. "at 10" without am or pm): confirm before storing.</param>
/// <param name="HasTime">False for a day without a time, which then stands at midnight local time.</param>
/// <param name="Candidates">Every moment that fitted, in UTC, earliest first.</param>
public sealed record DateTimeResolution(
    DateTimeOffset Utc,
    DateTimeOffset Local,
    string TimeZoneId,
    bool IsAmbiguous,
    bool HasTime,
    IReadOnlyList<DateTimeOffset> Candidates);
