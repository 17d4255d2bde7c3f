using CoproBot.Knowledge.Meaning;
using CoproBot.Knowledge.Translation;

namespace CoproBot.Knowledge.Answers;

/// <summary>The language an answer about the cases is given in: the question's own when it is clearly one, else the locale's.</summary>
/// <remarks>
/// The one place the knowledge answers choose their language, so a conversation-wide choice of language can take its
/// place without touching the answers. A French question gets French even from an English Teams; a name alone
/// ("ESTHER?") says nothing, and the locale (<c>fr</c>, <c>fr-CA</c>…) decides.
/// </remarks>
public static class AnswerLanguage
{
    public static string Of(string? locale, string? question) =>
        LanguageGuess.Of(question) ?? (locale?.StartsWith("fr", StringComparison.OrdinalIgnoreCase) == true ? KnowledgeLanguages.French : KnowledgeLanguages.English);
}
