using System.Text.RegularExpressions;

namespace CoproBot.Dialogs.Languages;

/// <summary>The language a message is clearly written in, English or French, for answering in words the person reads.</summary>
/// <remarks>
/// A person whose Teams is set to English may still write in French. The check counts common words that belong to
/// only one of the two languages (and French accents and elisions); a message decides only with at least two such
/// cues and more of one language than of the other, so a single word or a name never overrides the locale. The
/// words are read here and kept nowhere. The crisis support and every other reply read it through <see cref="TurnLanguage"/>.
/// </remarks>
public static partial class WrittenLanguage
{
    private const int CuesToDecide = 2;

    private static readonly HashSet<string> FrenchWords = new(StringComparer.Ordinal)
    {
        "je", "moi", "ne", "pas", "plus", "suis", "veux", "peux", "vais", "fais", "ai", "mon", "ma", "mes", "le", "la", "les",
        "un", "une", "des", "du", "de", "et", "est", "tout", "rien", "personne", "vie", "mourir", "mort", "envie", "avec",
        "sans", "pour", "dans", "qui", "que", "quoi", "jamais", "vraiment", "encore", "aussi", "trop", "mais", "ou", "en",
        "nous", "vous", "il", "elle", "ils", "chez", "finir", "marre", "idées", "noires", "aide", "bien", "pourquoi",
    };

    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "i", "im", "ive", "my", "myself", "the", "and", "to", "want", "dont", "cant", "is", "it", "of", "you", "feel",
        "feeling", "just", "anymore", "be", "been", "have", "this", "that", "what", "with", "about", "life", "die", "kill",
        "going", "think", "thinking", "everyone", "nobody", "wish", "dead", "not", "no", "so", "all", "like", "really",
        "can", "do", "am", "was", "here", "they", "at", "help", "why", "anyone", "hurt", "end", "its",
    };

    /// <summary>The language a message is clearly written in, or null when it does not say clearly enough.</summary>
    public static Language? Of(string? words)
    {
        if (string.IsNullOrWhiteSpace(words))
        {
            return null;
        }

        var (french, english) = (0, 0);
        foreach (Match token in Word().Matches(words.Replace('\u2019', '\'').ToLowerInvariant()))
        {
            var word = token.Value.Trim('\'');
            if (FrenchElision().IsMatch(word) || Accented().IsMatch(word))
            {
                french++;
            }
            else if (EnglishContraction().IsMatch(word))
            {
                english++;
            }
            else if (FrenchWords.Contains(word))
            {
                french++;
            }
            else if (EnglishWords.Contains(word.Replace("'", string.Empty, StringComparison.Ordinal)))
            {
                english++;
            }
        }

        return french >= CuesToDecide && french > english ? Language.French
            : english >= CuesToDecide && english > french ? Language.English
            : null;
    }

    [GeneratedRegex(@"[\p{L}']+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    // j'ai, n'en, c'est, m'en, qu'il...: English has no words of this shape.
    [GeneratedRegex(@"^(?:[jnlcmtsd]|qu)'\p{L}", RegexOptions.CultureInvariant)]
    private static partial Regex FrenchElision();

    [GeneratedRegex("[àâäçéèêëîïôöùûüÿœæ]", RegexOptions.CultureInvariant)]
    private static partial Regex Accented();

    // don't, can't, I'm, I've, I'll, you're, I'd.
    [GeneratedRegex(@"\p{L}'(?:t|m|ve|ll|re|d)$", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishContraction();
}
