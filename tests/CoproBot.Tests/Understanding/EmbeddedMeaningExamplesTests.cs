using CoproBot.Dialogs.Understanding;
using CoproBot.Knowledge.Meaning;

namespace CoproBot.Tests.Understanding;

public sealed class EmbeddedMeaningExamplesTests
{
    private static readonly EmbeddedMeaningExamples Examples = new(MeaningVocabulary.Shipped, SharedSentenceModel.Instance);

    [Fact]
    public void AMessageIsNearestToTheMeaningWhoseExamplesSayTheSameInOtherWords()
    {
        var nearest = Examples.Nearest("could you explain what this one is getting at", new MessageContext(Awaiting.Question), [MeaningKind.Explain, MeaningKind.Skip, MeaningKind.Cancel]);

        Assert.NotNull(nearest);
        Assert.Equal(MeaningKind.Explain, nearest.Kind);
    }

    [Fact]
    public void OnlyTheContextsMeaningsAreConsidered()
    {
        var nearest = Examples.Nearest("could you explain what this one is getting at", new MessageContext(Awaiting.Question), [MeaningKind.Skip, MeaningKind.Cancel]);

        Assert.NotNull(nearest);
        Assert.NotEqual(MeaningKind.Explain, nearest.Kind);
    }

    [Fact]
    public void FrenchIsLeftToTheVocabularyBecauseTheModelReadsEnglish() =>
        Assert.Null(Examples.Nearest("je ne comprends pas la question", new MessageContext(Awaiting.Question), [MeaningKind.Explain]));
}
