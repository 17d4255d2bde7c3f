using CoproBot.Knowledge.Meaning;

namespace CoproBot.Dialogs.Understanding;

/// <summary>Reads a message by the meaning of its words: the vocabulary's examples of each meaning, by sentence embedding.</summary>
/// <remarks>
/// The sentence model reads English, so a French message is left to the vocabulary. The examples are embedded once, on
/// the first message that needs them.
/// </remarks>
public sealed class EmbeddedMeaningExamples : IMeaningExamples
{
    private readonly ExampleBank _bank;

    public EmbeddedMeaningExamples(MeaningVocabulary vocabulary, ISentenceEmbedder embedder)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var examples = Enum.GetValues<MeaningKind>().SelectMany(kind => vocabulary.Examples(kind).Select(text => (kind.ToString(), text))).ToList();
        _bank = new ExampleBank(embedder, examples);
    }

    public int Count => _bank.Count;

    public ScoredMeaning? Nearest(string text, MessageContext context, IReadOnlyCollection<MeaningKind> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (_bank.Count == 0 || string.IsNullOrWhiteSpace(text) || LanguageGuess.Of(text) == "fr")
        {
            return null;
        }

        var nearness = _bank.Nearness(_bank.Embedder.Embed(text), nearest: 1);
        ScoredMeaning? best = null;
        foreach (var kind in candidates)
        {
            if (nearness.TryGetValue(kind.ToString(), out var near) && (best is null || near.Best > best.Similarity))
            {
                best = new ScoredMeaning(kind, near.Best);
            }
        }

        return best;
    }
}
