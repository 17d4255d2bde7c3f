using CoproBot.Dialogs.Languages;

namespace CoproBot.Dialogs.Care;

/// <summary>Chooses the language of the support message: the turn's language, unless the message is clearly in the other one.</summary>
/// <remarks>The message is read by <see cref="WrittenLanguage"/>, the same reading every reply's language takes.</remarks>
public static class SupportLanguage
{
    /// <summary>The catalogue for a person's locale (or chosen language's code) and the words of their message.</summary>
    public static SupportWording Choose(string? locale, string? words)
    {
        var fromLocale = locale?.StartsWith("fr", StringComparison.OrdinalIgnoreCase) == true ? SupportWording.French : SupportWording.English;
        return LanguageOf(words) ?? fromLocale;
    }

    /// <summary>The language a message is clearly written in, or null when it does not say clearly enough.</summary>
    public static SupportWording? LanguageOf(string? words) => WrittenLanguage.Of(words)?.Code switch
    {
        "fr" => SupportWording.French,
        "en" => SupportWording.English,
        _ => null,
    };
}
