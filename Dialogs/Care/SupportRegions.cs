namespace CoproBot.Dialogs.Care;

/// <summary>Finds the region whose support lines a person gets, from their locale and the language of the message.</summary>
public static class SupportRegions
{
    /// <summary>
    /// Looks for the language with the country (fr-CA), then the country (CA), then, for a locale that names no
    /// country, the language in any country (fr-any); failing those, the default region. <c>Own</c> says whether the
    /// region found is the person's own, which decides whether its emergency number is theirs.
    /// </summary>
    public static (SupportRegion Region, bool Own) Find(CareOptions options, string? locale, string language)
    {
        ArgumentNullException.ThrowIfNull(options);
        var country = CountryOf(locale);
        var keys = country is null ? [(LanguageOf(locale) ?? language) + "-any"] : new[] { language + "-" + country, country };
        foreach (var key in keys)
        {
            if (options.Regions.TryGetValue(key, out var region) || options.Regions.TryGetValue(key.Replace('-', '_'), out region))
            {
                return (region, true);
            }
        }

        // With no locale at all (the terminal) the default region is the best guess, and its number may well be theirs.
        return (options.Regions[options.DefaultRegion], string.IsNullOrWhiteSpace(locale));
    }

    private static string? LanguageOf(string? locale) =>
        string.IsNullOrWhiteSpace(locale) ? null : locale.Split('-', '_')[0].ToLowerInvariant();

    private static string? CountryOf(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        var parts = locale.Split('-', '_');
        var country = parts.Length > 1 && parts[^1].Length == 2 ? parts[^1].ToUpperInvariant() : null;
        return country == "UK" ? "GB" : country;
    }
}
