using System.Globalization;
using System.Text;

namespace CoproBot.Dialogs.Care;

/// <summary>The caring reply to someone who writes of crisis, with the support lines of their region.</summary>
public static class SupportMessage
{
    public static string For(CareOptions options, string? locale, bool paused)
    {
        var region = RegionOf(options, locale);
        var text = new StringBuilder();
        text.AppendLine("I'm really sorry you're going through this. You don't have to face it alone, and you deserve support right now.");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"If you are in immediate danger or might act on these thoughts, please call {Emergency(region)} now.");
        text.AppendLine();
        text.AppendLine("You can talk to someone right now:");
        foreach (var line in region.Lines)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {line.Name}: {line.Contact}{(line.Description.Length > 0 ? $" ({line.Description})" : string.Empty)}");
        }

        text.AppendLine();
        text.Append(paused
            ? "I've paused our reflection, and I haven't saved what you just wrote. There's no rush: say \"continue\" whenever you're ready, or \"stop\" to end for today."
            : "I haven't saved what you just wrote. If you'd like, we can carry on whenever you're ready.");
        return text.ToString();
    }

    private static SupportRegion RegionOf(CareOptions options, string? locale)
    {
        var country = CountryOf(locale);
        return country is not null && options.Regions.TryGetValue(country, out var region) ? region : options.Regions[options.DefaultRegion];
    }

    private static string? CountryOf(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        var parts = locale.Split('-', '_');
        var country = parts.Length > 1 ? parts[^1].ToUpperInvariant() : null;
        return country == "UK" ? "GB" : country;
    }

    private static string Emergency(SupportRegion region) =>
        string.IsNullOrWhiteSpace(region.EmergencyNumber) ? "your local emergency number" : region.EmergencyNumber;
}
