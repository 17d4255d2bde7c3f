using System.Text.Json;
using CoproBot.Knowledge.Answers;
using CoproBot.Knowledge.Catalog;
using CoproBot.Knowledge.Eval;
using CoproBot.Knowledge.Import;
using CoproBot.Knowledge.Lookup;

namespace CoproBot.Tests.Knowledge;

public sealed class LookupBehaviourTests
{
    private static readonly KnowledgeSnapshot Snapshot = new(ShippedKnowledge.Knowledge, new KnowledgeVersion(0, KnowledgeVersion.SeedSource, "test", DateTimeOffset.UnixEpoch));

    [Theory]
    [InlineData("hello")]
    [InlineData("What's the weather like today?")]
    [InlineData("Tell me a joke")]
    [InlineData("What time is it?")]
    public void SmallTalkIsOutOfScopeWithAHelpfulDefaultAnswer(string question)
    {
        var answer = Snapshot.Ask(question);

        Assert.Equal(LookupKind.OutOfScope, answer.Lookup.Kind);
        Assert.Empty(answer.Lookup.CaseIds);
        Assert.Empty(answer.Lookup.FeatureIds);
        Assert.Empty(answer.Sections);
        Assert.Contains("ESTHER, Making Recovery Real and CMHA Learning Centre", answer.Text, StringComparison.Ordinal);
        Assert.NotEmpty(answer.FollowUps);
    }

    [Fact]
    public void AnAnswerQuotesTheSourceVerbatimAndNamesIt()
    {
        var answer = Snapshot.Ask("What are ESTHER's inclusivity principles?");

        var section = Assert.Single(answer.Sections);
        Assert.Equal(ShippedKnowledge.Knowledge.Cell("esther", "inclusivity-principles").Items, section.Items);
        Assert.Equal(new AnswerSource("esther", "inclusivity-principles", "ESTHER", "Inclusivity principles"), section.Source);
        Assert.InRange(answer.Lookup.Confidence, 0.9, 1);
    }

    [Fact]
    public void EveryFollowUpQuestionIsReadAsWhatItsLabelPromises()
    {
        var questions = new[] { "Tell me about ESTHER", "Compare the inclusivity principles", "Who is MRR for?" };
        foreach (var answer in questions.Select(Snapshot.Ask))
        {
            Assert.NotEmpty(answer.FollowUps);
            foreach (var followUp in answer.FollowUps)
            {
                var next = Snapshot.Ask(followUp.Question);
                Assert.True(next.Lookup.IsAnswered, followUp.Question);
                Assert.True(next.Lookup.Confidence >= 0.9, $"{followUp.Question}: {next.Lookup.Confidence}");
            }
        }
    }

    [Fact]
    public void FollowUpsOfferTheSameCasesOtherFeaturesAndTheSameFeatureElsewhere()
    {
        var followUps = Snapshot.Ask("What is the guiding question for Making Recovery Real?").FollowUps.Select(f => Snapshot.Lookup.Find(f.Question)).ToList();

        Assert.Contains(followUps, f => f.CaseIds.SequenceEqual(["making-recovery-real"]) && !f.FeatureIds.Contains("guiding-questions"));
        Assert.Contains(followUps, f => !f.CaseIds.Contains("making-recovery-real") && f.FeatureIds.SequenceEqual(["guiding-questions"]));
    }

    [Fact]
    public void AQuestionThatFitsTwoCellsEquallyOffersTheOtherAsDidYouMean()
    {
        var answer = Snapshot.Ask("Which initiative is about living well?");

        Assert.Equal(["cmha-learning-centre"], answer.Lookup.CaseIds);
        Assert.NotEmpty(answer.DidYouMean);
        Assert.All(answer.DidYouMean, d => Assert.Equal(["cmha-learning-centre"], Snapshot.Lookup.Find(d.Question).CaseIds));
    }

    [Theory]
    [InlineData("Tell me about case three", "cmha-learning-centre")]
    [InlineData("What are the principles of the 2nd initiative?", "making-recovery-real")]
    [InlineData("Describe the last case", "cmha-learning-centre")]
    public void OrdinalsAndNumbersNameCases(string question, string caseId)
    {
        Assert.Equal([caseId], Snapshot.Lookup.Find(question).CaseIds);
    }

    [Fact]
    public void ACountOfCasesIsNotACaseNumber()
    {
        var result = Snapshot.Lookup.Find("Compare the guiding questions of the three cases");

        Assert.Equal(3, result.CaseIds.Count);
        Assert.Equal(["guiding-questions"], result.FeatureIds);
    }

    [Fact]
    public void TheMarkdownRendererListsItemsSourcesAndSuggestions()
    {
        var markdown = MarkdownAnswerRenderer.Render(Snapshot.Ask("What are ESTHER's inclusivity principles?"));

        Assert.StartsWith("**ESTHER: Inclusivity principles**\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n- Joy, ‘serious fun’\n", markdown, StringComparison.Ordinal);
        Assert.Contains("_Source: ESTHER, inclusivity principles_", markdown, StringComparison.Ordinal);
        Assert.Contains("You could also ask:", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheBatchAskerWritesOneJsonObjectPerQuestion()
    {
        var input = new StringReader("Who is MRR for?\n\n{\"question\": \"hello\"}\n");
        var output = new StringWriter();

        var count = await new BatchAsker(Snapshot).AskJsonLinesAsync(input, output, CancellationToken.None);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, count);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("Who is MRR for?", first.RootElement.GetProperty("question").GetString());
        Assert.Equal("making-recovery-real", first.RootElement.GetProperty("cases")[0].GetString());
        Assert.Equal("vulnerable-group", first.RootElement.GetProperty("features")[0].GetString());
        Assert.Contains("serious mental illness", first.RootElement.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.InRange(first.RootElement.GetProperty("confidence").GetDouble(), 0, 1);
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal(0, second.RootElement.GetProperty("cases").GetArrayLength());
        Assert.Equal(0, second.RootElement.GetProperty("features").GetArrayLength());
    }

    [Fact]
    public void TheScorerNeedsTheExactCasesAndANonEmptySubsetOfTheFeatures()
    {
        var question = EvalSet.Parse("q\testher\tinclusivity-principles,addressing-vulnerability\nq\t-\t-\nq\testher\t*\n");
        static BatchAnswer Answer(string[] cases, string[] features) => new("q", cases, features, string.Empty, 1);

        Assert.True(EvalScorer.IsCorrect(question[0], Answer(["esther"], ["addressing-vulnerability"])));
        Assert.False(EvalScorer.IsCorrect(question[0], Answer(["esther"], [])));
        Assert.False(EvalScorer.IsCorrect(question[0], Answer(["esther", "making-recovery-real"], ["inclusivity-principles"])));
        Assert.True(EvalScorer.IsCorrect(question[1], Answer([], [])));
        Assert.False(EvalScorer.IsCorrect(question[1], Answer(["esther"], ["guiding-questions"])));
        Assert.True(EvalScorer.IsCorrect(question[2], Answer(["esther"], ["guiding-questions"])));
    }
}
