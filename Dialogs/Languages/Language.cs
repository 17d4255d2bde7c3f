using System.Globalization;

namespace CoproBot.Dialogs.Languages;

/// <summary>A language CoproBot speaks, with its catalogue of everything CoproBot says and the culture its dates and numbers take.</summary>
/// <remarks>English is the fallback for any locale CoproBot does not serve, and for any phrase a catalogue lacks.</remarks>
public sealed class Language
{
    private readonly Lazy<Catalogue> _catalogue;

    private Language(string code, string name, string culture)
    {
        Code = code;
        Name = name;
        Culture = CultureInfo.GetCultureInfo(culture);
        _catalogue = new Lazy<Catalogue>(() => Catalogue.Load(code));
    }

    public static Language English { get; } = new("en", "English", "en-GB");

    public static Language French { get; } = new("fr", "français", "fr-FR");

    /// <summary>Every language served, English first.</summary>
    public static IReadOnlyList<Language> All { get; } = [English, French];

    /// <summary>The ISO 639-1 code, as a locale starts ("fr" of "fr-CA").</summary>
    public string Code { get; }

    /// <summary>The language's name in itself, as "my data" shows it.</summary>
    public string Name { get; }

    /// <summary>How numbers and dates are written in this language.</summary>
    public CultureInfo Culture { get; }

    internal Catalogue Catalogue => _catalogue.Value;

    /// <summary>The phrase in this language, or in English when this catalogue lacks it.</summary>
    /// <exception cref="ArgumentException">The phrase is the default value, which names no phrase.</exception>
    public string this[Phrase phrase] => phrase.IsNamed
        ? Catalogue.Find(phrase) ?? English.Catalogue.Find(phrase) ?? phrase.Name
        : throw new ArgumentException("The default value names no phrase.", nameof(phrase));

    /// <summary>The phrase with its numbered placeholders filled, numbers and dates written this language's way.</summary>
    public string Format(Phrase phrase, params object?[] values) => string.Format(Culture, this[phrase], values);

    /// <summary>The language a locale names ("fr-CA", "fr", "en-US"), or null for a locale CoproBot does not serve.</summary>
    public static Language? ForLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        var code = locale.Split('-', '_')[0];
        return All.FirstOrDefault(language => string.Equals(language.Code, code, StringComparison.OrdinalIgnoreCase));
    }

    public override string ToString() => Code;
}
