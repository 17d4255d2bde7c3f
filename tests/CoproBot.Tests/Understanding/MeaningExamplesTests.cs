using CoproBot.Dialogs.Understanding;

namespace CoproBot.Tests.Understanding;

/// <summary>The seam for a reading by similarity: consulted only where the vocabulary is not certain, and only among the context's meanings.</summary>
public sealed class MeaningExamplesTests
{
    [Fact]
    public void ASimilarityReadingPlacesWordsTheVocabularyCannot()
    {
        var examples = new WordOverlapExamples(MeaningVocabulary.Shipped);
        var reader = new MeaningReader(MeaningVocabulary.Shipped, examples: examples, exampleSimilarity: 0.5);

        // "throw this one away" is in no phrase list, but it is close to an example of cancelling.
        Assert.Equal(MeaningKind.Cancel, reader.Read("throw this one away and stop", new MessageContext(Awaiting.Question, "What do we need to improve?")).Kind);
        Assert.Contains(examples.Asked, asked => asked.Candidates.Contains(MeaningKind.Cancel) && !asked.Candidates.Contains(MeaningKind.GroupStart));
    }

    [Fact]
    public void ACertainLexicalReadingIsNeverSecondGuessed()
    {
        var examples = new WordOverlapExamples(MeaningVocabulary.Shipped);
        var reader = new MeaningReader(MeaningVocabulary.Shipped, examples: examples);

        Assert.Equal(MeaningKind.Skip, reader.Read("skip this one", new MessageContext(Awaiting.Question, "What do we need to improve?")).Kind);
        Assert.Empty(examples.Asked);
    }

    [Fact]
    public void WithoutOneTheExpectedAnswerStands() =>
        Assert.Equal(MeaningKind.Answer, MeaningReader.Lexical.Read("throw this one away and stop", new MessageContext(Awaiting.Question, "What do we need to improve?")).Kind);

    // The share of a message's words found in a meaning's examples: a plain, deterministic similarity, enough to exercise the seam.
    private sealed class WordOverlapExamples(MeaningVocabulary vocabulary) : IMeaningExamples
    {
        public List<(string Text, IReadOnlyCollection<MeaningKind> Candidates)> Asked { get; } = [];

        public ScoredMeaning? Nearest(string text, MessageContext context, IReadOnlyCollection<MeaningKind> candidates)
        {
            Asked.Add((text, candidates));
            var words = Words(text);
            return candidates
                .Select(kind => new ScoredMeaning(kind, vocabulary.Examples(kind).Select(e => (double)words.Count(Words(e).Contains) / words.Count).DefaultIfEmpty(0).Max()))
                .MaxBy(scored => scored.Similarity);
        }

        private static HashSet<string> Words(string text) =>
            [.. text.ToLowerInvariant().Split([' ', ',', '.', '?', '!', '\''], StringSplitOptions.RemoveEmptyEntries)];
    }
}
