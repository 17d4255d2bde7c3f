using Lucene.Net.Tartarus.Snowball.Ext;

namespace CoproBot.Knowledge.Lookup;

/// <summary>Word normalisation: a light plural folding for phrases, and Snowball (Porter2) stems for search.</summary>
/// <remarks>
/// Phrases use the light form because full stemming merges words that mean different features here:
/// "vulnerable" (the group) and "vulnerability" (addressing it) share the stem "vulner".
/// </remarks>
internal static class WordForms
{
    [ThreadStatic]
    private static EnglishStemmer? _stemmer;

    public static string Light(string word)
    {
        if (word.Length <= 3 || !word.EndsWith('s') || word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal))
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        return word[..^1];
    }

    public static string Stem(string word)
    {
        // The stemmer keeps state between calls, so each thread gets its own.
        var stemmer = _stemmer ??= new EnglishStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }
}
