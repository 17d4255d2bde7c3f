using System.Globalization;
using CoproBot.Knowledge.Catalog;
using CoproBot.Knowledge.Eval;
using CoproBot.Knowledge.Import;
using Xunit.Abstractions;

namespace CoproBot.Tests.Knowledge;

public sealed class LookupEvalTests(ITestOutputHelper output)
{
    private const double RequiredAccuracy = 0.95;

    [Fact]
    public void TheEvalQuestionsAreAnsweredAtLeast95PercentCorrectly()
    {
        var questions = EvalSet.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Knowledge", "lookup-questions.tsv")));
        var asker = new BatchAsker(new KnowledgeSnapshot(ShippedKnowledge.Knowledge, new KnowledgeVersion(0, KnowledgeVersion.SeedSource, "test", DateTimeOffset.UnixEpoch)));

        var report = EvalScorer.Score(questions, asker.Ask);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Lookup accuracy: {report.Correct}/{report.Total} = {report.Accuracy:P1}"));
        foreach (var (expected, actual) in report.Failures)
        {
            output.WriteLine($"line {expected.Line}: \"{expected.Question}\" expected [{string.Join(",", expected.ExpectedCases)}] / [{(expected.AnyFeature ? "*" : string.Join(",", expected.AcceptableFeatures))}], got [{string.Join(",", actual.Cases)}] / [{string.Join(",", actual.Features)}] at {actual.Confidence}");
        }

        Assert.True(questions.Count >= 85, $"The eval set should keep its own questions as well as the shared ones; it has {questions.Count}.");
        Assert.True(report.Accuracy >= RequiredAccuracy, $"Lookup accuracy {report.Accuracy:P1} is below {RequiredAccuracy:P0}.");
    }
}
