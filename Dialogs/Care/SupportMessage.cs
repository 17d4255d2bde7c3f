using System.Globalization;
using System.Text;

namespace CoproBot.Dialogs.Care;

/// <summary>The caring reply to someone who writes of crisis, in their language, with the support lines of their region.</summary>
public static class SupportMessage
{
    /// <summary>The support message for the person who wrote.</summary>
    public static string For(CareOptions options, string? locale, SupportWording wording, bool paused)
    {
        ArgumentNullException.ThrowIfNull(wording);
        var text = new StringBuilder();
        text.AppendLine(wording.Opening);
        text.AppendLine();
        text.AppendLine(Danger(options, locale, wording));
        text.AppendLine();
        text.AppendLine(wording.TalkNow);
        AppendLines(text, options, locale, wording);
        text.AppendLine();
        text.Append(paused ? wording.Paused : wording.NotPaused);
        return text.ToString();
    }

    /// <summary>The notice for a whole channel, when the support could not reach the person privately: it names and quotes no one.</summary>
    public static string ForAnyone(CareOptions options, string? locale, SupportWording wording)
    {
        ArgumentNullException.ThrowIfNull(wording);
        var text = new StringBuilder();
        text.AppendLine(wording.ForAnyone);
        AppendLines(text, options, locale, wording);
        text.AppendLine();
        text.Append(Danger(options, locale, wording));
        return text.ToString();
    }

    private static void AppendLines(StringBuilder text, CareOptions options, string? locale, SupportWording wording)
    {
        foreach (var line in SupportRegions.Find(options, locale, wording.Language).Region.Lines)
        {
            text.Append(string.Format(CultureInfo.InvariantCulture, wording.Line, line.Name, line.Contact));
            if (line.Description.Length > 0)
            {
                text.Append(string.Format(CultureInfo.InvariantCulture, wording.LineDescription, line.Description));
            }

            text.AppendLine();
        }
    }

    // A region's own number only for a person in that region; otherwise they are told to call their local one.
    private static string Danger(CareOptions options, string? locale, SupportWording wording)
    {
        var (region, own) = SupportRegions.Find(options, locale, wording.Language);
        var numbers = own ? region.EmergencyNumber.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
        var phrase = numbers.Length == 0
            ? wording.LocalEmergency
            : string.Join(wording.Or, numbers.Select(number => string.Format(CultureInfo.InvariantCulture, wording.Number, number)));
        return string.Format(CultureInfo.InvariantCulture, wording.Danger, phrase);
    }
}
