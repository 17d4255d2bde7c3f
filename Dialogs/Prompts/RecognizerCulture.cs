using Microsoft.Recognizers.Text;

namespace CoproBot.Dialogs.Prompts;

/// <summary>Maps a channel's locale ("en-GB", "fr") onto a culture the Microsoft recognizers know.</summary>
internal static class RecognizerCulture
{
    public static string From(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return Culture.English;
        }

        var mapped = Culture.MapToNearestLanguage(locale);
        return Culture.GetSupportedCultureCodes().Contains(mapped, StringComparer.OrdinalIgnoreCase) ? mapped : Culture.English;
    }
}
