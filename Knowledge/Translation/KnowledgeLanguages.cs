namespace CoproBot.Knowledge.Translation;

/// <summary>The languages the knowledge is kept in: English, the original, and the translations.</summary>
public static class KnowledgeLanguages
{
    public const string English = "en";
    public const string French = "fr";

    /// <summary>The languages a translation may be imported in.</summary>
    public static IReadOnlyList<string> Translations { get; } = [French];

    public static bool IsTranslation(string? language) => language is not null && Translations.Contains(language, StringComparer.Ordinal);
}
