using CoproBot.Dialogs.Understanding;

namespace CoproBot.Tests.Understanding;

public sealed class MeaningVocabularyTests
{
    [Fact]
    public void EveryMeaningTheReaderCanGiveFromWordsHasPhrasesAndExamples()
    {
        var vocabulary = MeaningVocabulary.Shipped;
        var fromContext = new[] { MeaningKind.Nothing, MeaningKind.Answer, MeaningKind.Note, MeaningKind.Rating };
        foreach (var kind in Enum.GetValues<MeaningKind>().Except(fromContext))
        {
            Assert.NotEmpty(vocabulary.Phrases(kind));
            Assert.NotEmpty(vocabulary.Examples(kind));
        }
    }

    [Fact]
    public void TheReflectionsMeaningsAreAvailableAtEveryReflectionPrompt()
    {
        foreach (var awaiting in new[] { Awaiting.Question, Awaiting.Rating, Awaiting.Note })
        {
            var meanings = MeaningVocabulary.Shipped.MeaningsIn(awaiting);
            Assert.Superset(new HashSet<MeaningKind> { MeaningKind.Help, MeaningKind.Explain, MeaningKind.Back, MeaningKind.Repeat, MeaningKind.WhereAmI, MeaningKind.Pause, MeaningKind.Cancel, MeaningKind.Thanks }, new HashSet<MeaningKind>(meanings));
        }
    }

    [Fact]
    public void AVocabularyNamingAnUnknownMeaningIsRefused()
    {
        using var json = new MemoryStream("""{"meanings":[{"meaning":"teleport","contexts":["any"],"cues":["beam me up"]}]}"""u8.ToArray());
        Assert.Throws<InvalidDataException>(() => MeaningVocabulary.Load(json));
    }
}
