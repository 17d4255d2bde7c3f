using CoproBot.Knowledge.Meaning;

namespace CoproBot.Tests.SentenceModel;

public sealed class SentenceEmbedderTests
{
    private static MiniLmEmbedder Model => MiniLmEmbedder.Shared;

    [Fact]
    public void WordsAreCutIntoThePiecesTheModelWasTrainedOn()
    {
        var tokenizer = new WordPieceTokenizer(["[PAD]", "hello", "world", "un", "##afford", "##able", ",", "cafe", "[UNK]"]);

        Assert.Equal([101, 1, 2, 6, 3, 4, 5, 102], tokenizer.Encode("Hello world, unaffordable", 16));
        Assert.Equal([101, 7, 102], tokenizer.Encode("CAFÉ", 16));
    }

    [Fact]
    public void AWordWithAPieceTheVocabularyLacksIsReadAsUnknown()
    {
        var tokenizer = new WordPieceTokenizer(["[PAD]", "g", "##x"]);

        Assert.Equal([101, 100, 1, 102], tokenizer.Encode("gq g", 16));
    }

    [Fact]
    public void LongTextIsCutToTheTokenLimitAndStillEndsWithTheSeparator()
    {
        var tokenizer = new WordPieceTokenizer(["[PAD]", "word"]);

        var ids = tokenizer.Encode(string.Join(' ', Enumerable.Repeat("word", 50)), 10);

        Assert.Equal(10, ids.Count);
        Assert.Equal(WordPieceTokenizer.SeparatorId, ids[^1]);
    }

    [Fact]
    public void VectorsHaveUnitLength()
    {
        var vector = Model.Embed("Who can join the courses?");

        Assert.Equal(Model.Dimensions, vector.Length);
        Assert.Equal(1f, Vectors.Similarity(vector, vector), 3);
    }

    [Fact]
    public void APhrasingWithOtherWordsIsNearerThanAnUnrelatedSentenceWithTheSameWords()
    {
        var question = Model.Embed("who may attend the classes");
        var sameMeaning = Model.Embed("Courses are open to anyone interested in participating or learning");
        var sharedWords = Model.Embed("the classes of medication a doctor may prescribe");

        Assert.True(Vectors.Similarity(question, sameMeaning) > Vectors.Similarity(question, sharedWords) + 0.05f);
    }

    [Fact]
    public void TheSameTextGivesTheSameVectorEveryTimeAndInABatch()
    {
        var texts = new[] { "strengths-based approach", "an asset-based way of working", "I can't keep doing this" };

        var batch = Model.Embed(texts);

        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(Model.Embed(texts[i]), batch[i]);
        }
    }

    [Fact]
    public void EmptyAndVeryLongTextsAreEmbeddedWithoutFailing()
    {
        Assert.Equal(Model.Dimensions, Model.Embed(string.Empty).Length);
        Assert.Equal(Model.Dimensions, Model.Embed(new string('a', 5000) + " " + string.Join(' ', Enumerable.Repeat("word", 2000))).Length);
    }
}
