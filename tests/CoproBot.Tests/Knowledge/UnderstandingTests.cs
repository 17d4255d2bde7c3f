using CoproBot.Knowledge.Answers;
using CoproBot.Knowledge.Catalog;
using CoproBot.Knowledge.Import;
using CoproBot.Knowledge.Lookup;
using CoproBot.Knowledge.Meaning;

namespace CoproBot.Tests.Knowledge;

public sealed class UnderstandingTests
{
    private static readonly KnowledgeSnapshot Snapshot = new(ShippedKnowledge.Knowledge, new KnowledgeVersion(0, KnowledgeVersion.SeedSource, "test", DateTimeOffset.UnixEpoch), embedder: MiniLmEmbedder.Shared);

    [Theory]
    [InlineData("What is ESTHER's philosophy?", "esther", "inclusivity-principles")]
    [InlineData("Who is the Dundee one aimed at?", "making-recovery-real", "vulnerable-group")]
    [InlineData("Which case builds on people's strengths?", "making-recovery-real", "coproduction-approach")]
    [InlineData("What's the guiding question of the peer-led one?", "cmha-learning-centre", "guiding-questions")]
    public void WordsThatDoNotNameAFeatureAreReadByTheirMeaning(string question, string caseId, string featureId)
    {
        var result = Snapshot.Lookup.Find(question);

        Assert.Equal([caseId], result.CaseIds);
        Assert.Equal([featureId], result.FeatureIds);
    }

    [Theory]
    [InlineData("Order pizza for the team meeting")]
    [InlineData("What's the weather in Dundee this weekend?")]
    [InlineData("Which college has the best nursing course?")]
    public void ARequestNearNothingTheCasesSayIsOutOfScopeEvenWhenItSharesAWord(string question)
    {
        var result = Snapshot.Lookup.Find(question);

        Assert.Equal(LookupKind.OutOfScope, result.Kind);
        Assert.Empty(result.CaseIds);
    }

    [Fact]
    public void EverydayWordsAreNotCorrectedIntoCaseWordsButTyposStillAre()
    {
        var withWordList = new KnowledgeLookup(ShippedKnowledge.Knowledge, embedder: MiniLmEmbedder.Shared);

        Assert.DoesNotContain("vulnerable-group", withWordList.Find("order food for everyone").FeatureIds);
        Assert.Equal(["esther"], withWordList.Find("esthr guiding questons").CaseIds);
    }

    [Fact]
    public void AClarifyingReadingAsksWhichOfTheTwoWasMeant()
    {
        var composer = new AnswerComposer(ShippedKnowledge.Knowledge);
        var lookup = new LookupResult("q", LookupKind.Clarify, [], [], 0.5, [new Reading(["esther"], ["inclusivity-principles"]), new Reading(["esther"], ["coproduction-approach"])]);

        var answer = composer.Compose(lookup);

        Assert.Equal("Did you mean ESTHER: Inclusivity principles or ESTHER: Coproduction approach?", answer.Text);
        Assert.Equal(2, answer.DidYouMean.Count);
        Assert.Empty(answer.Sections);
        Assert.False(lookup.IsAnswered);
    }

    [Fact]
    public void AFollowUpKeepsWhatItDoesNotChangeAndAFreshQuestionIsReadOnItsOwn()
    {
        var context = new LookupContext(["cmha-learning-centre"], ["guiding-questions"]);

        Assert.Equal(["guiding-questions"], Snapshot.Lookup.Find("what about MRR?", context).FeatureIds);
        Assert.Equal(["esther", "making-recovery-real"], Snapshot.Lookup.Find("the others?", context).CaseIds);
        Assert.Equal(["cmha-learning-centre"], Snapshot.Lookup.Find("and their values?", context).CaseIds);
        Assert.Equal(LookupKind.Overview, Snapshot.Lookup.Find("Tell me about ESTHER", context).Kind);
    }

    [Fact]
    public void FrenchIsReadAsEnglishWordsAndTheNameAfterAnElidedArticleIsKept()
    {
        var result = Snapshot.Lookup.Find("Quelles sont les questions directrices d'ESTHER ?");

        Assert.Equal(["esther"], result.CaseIds);
        Assert.Equal(["guiding-questions"], result.FeatureIds);
    }

    [Fact]
    public void WithoutASentenceModelTheWordsAloneStillAnswer()
    {
        var lexical = new KnowledgeLookup(ShippedKnowledge.Knowledge);

        Assert.False(lexical.ReadsMeaning);
        Assert.Equal(["inclusivity-principles"], lexical.Find("What are the principles of Making Recovery Real?").FeatureIds);
        Assert.Equal(["esther"], lexical.Find("Which case talks about serious fun?").CaseIds);
    }
}
