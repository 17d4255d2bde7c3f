using CoproBot.Dialogs.Engine;
using CoproBot.Dialogs.Languages;
using CoproBot.Dialogs.Replies;
using Microsoft.Bot.Builder;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace CoproBot.Dialogs.Prompts;

/// <summary>Asks for a date and time and reads it ("tomorrow at 10am", "on Monday", "in 2 hours") on the user's own clock.</summary>
/// <remarks>Pass <see cref="DateTimePromptOptions"/> to give a saved time zone or to prefer past moments.</remarks>
public sealed class DateTimePrompt(string id, TimeProvider timeProvider, PromptValidator<DateTimeResolution>? validator = null)
    : Prompt<DateTimeResolution>(id, validator)
{
    private static readonly DateTimeRecognizer Recognizer = new(DateTimeOptions.None);

    /// <summary>Reads a moment the way this prompt would; public so features can reuse it outside a prompt.</summary>
    public DateTimeResolution? Read(string? text, TimeZoneInfo zone, string? locale, bool preferFuture = true)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var now = TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), zone).DateTime;
        var culture = RecognizerCulture.From(locale);
        var found = Recognizer.GetDateTimeModel(culture).Parse(text, now);
        var moments = DateTimeCandidates.AtHour(DateTimeCandidates.From(found, now, preferFuture), WrittenHour.Of(text, culture == Culture.French));
        if (moments.Count == 0)
        {
            return null;
        }

        var instants = moments
            .Select(m => (Instant: ToInstant(m.Local, zone), m.HasTime))
            .DistinctBy(m => m.Instant)
            .OrderBy(m => m.Instant)
            .ToList();
        var chosen = preferFuture ? instants[0] : instants[^1];
        return new DateTimeResolution(
            chosen.Instant.ToUniversalTime(),
            chosen.Instant,
            zone.Id,
            IsAmbiguous: instants.Count > 1,
            chosen.HasTime,
            [.. instants.Select(i => i.Instant.ToUniversalTime())]);
    }

    /// <summary>Reads a moment in the person's words, in the turn's language first (see <see cref="TurnLanguage.ReadingLocales"/>).</summary>
    public DateTimeResolution? Read(ITurnContext turnContext, string? text, TimeZoneInfo zone, bool preferFuture = true)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return TurnLanguage.ReadingLocales(turnContext).Select(locale => Read(text, zone, locale, preferFuture)).FirstOrDefault(heard => heard is not null);
    }

    protected override Task<PromptRecognition<DateTimeResolution>> RecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var dateOptions = options as DateTimePromptOptions;
        var zone = UserTimeZone.Resolve(turnContext.Activity, dateOptions?.TimeZoneId);
        var resolution = Read(turnContext, IncomingMessage.Of(turnContext).Text, zone, dateOptions?.PreferFuture ?? true);
        return Task.FromResult(resolution is null ? default : new PromptRecognition<DateTimeResolution>(true, resolution));
    }

    protected override PromptOptions ReadOptions(string json) =>
        DialogJson.Deserialize<DateTimePromptOptions>(json) ?? new DateTimePromptOptions();

    private static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        // A time skipped by a daylight saving change means the hour after it.
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone.GetUtcOffset(local));
    }
}
