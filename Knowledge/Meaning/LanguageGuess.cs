namespace CoproBot.Knowledge.Meaning;

/// <summary>Tells French from English in a short message by its everyday words, for choosing the reply's language.</summary>
public static class LanguageGuess
{
    private static readonly HashSet<string> French = new(StringComparer.Ordinal)
    {
        "je", "j", "me", "m", "moi", "tu", "te", "toi", "il", "elle", "nous", "vous", "ils", "elles", "on", "le", "la", "les", "l",
        "un", "une", "des", "du", "de", "d", "au", "aux", "et", "ou", "mais", "est", "suis", "es", "sont", "ai", "as", "avons",
        "avez", "ont", "pas", "plus", "ne", "n", "ce", "cette", "ces", "c", "qu", "que", "qui", "quoi", "quel", "quelle", "quels",
        "quelles", "pour", "avec", "sans", "dans", "sur", "chez", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses",
        "notre", "votre", "leur", "leurs", "comment", "pourquoi", "oui", "non", "merci", "bonjour", "salut", "tout", "tous",
        "toutes", "tres", "tres", "bien", "ca", "cas", "entre", "etre", "avoir", "fait", "faire", "peux", "veux", "vais", "encore",
        "aussi", "donc", "alors", "quand", "principes", "approche", "bonsoir", "fin", "semaine", "soir",
    };

    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "i", "me", "my", "you", "your", "he", "she", "it", "we", "they", "the", "a", "an", "and", "or", "but", "is", "am", "are",
        "was", "were", "be", "been", "have", "has", "had", "do", "does", "did", "not", "no", "this", "that", "these", "those",
        "what", "which", "who", "how", "why", "when", "where", "for", "with", "without", "in", "on", "at", "to", "of", "from",
        "about", "can", "can't", "don't", "i'm", "it's", "just", "so", "all", "any", "please", "thanks", "hello", "hi", "yes",
        "tell", "show", "case", "cases", "its", "their", "our", "anymore", "want", "feel", "like",
    };

    /// <summary>"fr" or "en" when the words make it clear, otherwise null.</summary>
    public static string? Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var french = 0;
        var english = 0;
        foreach (var word in Words(text))
        {
            french += French.Contains(word) ? 1 : 0;
            english += English.Contains(word) ? 1 : 0;
        }

        // Accented letters are a cue of their own: "café" aside, English messages seldom carry them.
        french += text.Any(c => "éèêàâçîôûùëïœ".Contains(char.ToLowerInvariant(c))) ? 1 : 0;
        return french > english ? "fr" : english > french ? "en" : null;
    }

    private static IEnumerable<string> Words(string text)
    {
        var folded = new string([.. text.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .Select(c => char.IsLetter(c) || c == '\'' ? c : ' ')]);
        foreach (var word in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // "j'ai", "d'ESTHER", "qu'il": the elided article or pronoun counts as a French word of its own.
            var apostrophe = word.IndexOf('\'', StringComparison.Ordinal);
            if (apostrophe is 1 or 2 && word.Length > apostrophe + 1 && word[..apostrophe] is "j" or "d" or "l" or "m" or "n" or "c" or "s" or "t" or "qu")
            {
                yield return word[..apostrophe];
                yield return word[(apostrophe + 1)..];
            }
            else
            {
                yield return word;
            }
        }
    }
}
