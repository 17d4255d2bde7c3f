using System.Globalization;
using CoproBot.Knowledge.Catalog;
using CoproBot.Knowledge.Eval;
using CoproBot.Knowledge.Import;
using CoproBot.Knowledge.Meaning;
using Xunit.Abstractions;

namespace CoproBot.Tests.Knowledge;

public sealed class LookupEvalTests(ITestOutputHelper output)
{
    private static readonly BatchAsker Asker = new(new KnowledgeSnapshot(ShippedKnowledge.Knowledge, new KnowledgeVersion(0, KnowledgeVersion.SeedSource, "test", DateTimeOffset.UnixEpoch), embedder: MiniLmEmbedder.Shared));

    [Fact]
    public void TheFirstQuestionSetIsAnsweredCorrectlyEveryTime()
    {
        var report = Score(Path.Combine("Knowledge", "lookup-questions.tsv"), showFailures: true);

        Assert.True(report.Total >= 85, $"The first set should keep its own questions as well as the shared ones; it has {report.Total}.");
        Assert.Equal(report.Total, report.Correct);
    }

    [Fact]
    public void TheRealisticQuestionSetIsAnsweredAtLeast95PercentCorrectly()
    {
        var report = Score(Path.Combine("Eval", "lookup-questions-2.tsv"), showFailures: true);

        Assert.Equal(129, report.Total);
        Assert.True(report.Accuracy >= 0.95, $"Accuracy on the realistic questions {report.Accuracy:P1} is below 95%.");
        var french = report.Sections.Single(s => IsFrenchSection(s.Section));
        Assert.True(french.Accuracy >= 0.9, $"Accuracy on the realistic French questions {french.Accuracy:P1} is below 90%.");
    }

    [Fact]
    public void CoproBotsOwnFrenchQuestionsAreMostlyAnsweredCorrectly()
    {
        var report = Score(Path.Combine("Eval", "lookup-questions-fr-own.tsv"), showFailures: true, allFrench: true);

        Assert.Equal(40, report.Total);
        Assert.True(report.Accuracy >= 0.85, $"Accuracy on CoproBot's own French questions {report.Accuracy:P1} is below 85%.");
    }

    [Fact]
    public void CoproBotsOwnQuestionsAreMostlyAnsweredCorrectly()
    {
        var report = Score(Path.Combine("Eval", "lookup-questions-own.tsv"), showFailures: true);

        Assert.True(report.Total >= 30, $"The own set has {report.Total} questions.");
        Assert.True(report.Accuracy >= 0.85, $"Accuracy on CoproBot's own questions {report.Accuracy:P1} is below 85%.");
    }

    [Fact]
    public void TheHeldOutQuestionSetIsScoredBySectionOnly()
    {
        // Held out: only the figures are shown, never which questions failed, so nothing is tuned to its wording.
        var report = Score(Path.Combine("Eval", "lookup-questions-blind.tsv"), showFailures: false);

        Assert.True(report.Total >= 130, $"The held-out set has {report.Total} questions.");
        Assert.Equal(7, report.Sections.Count);
    }

    private static bool IsFrenchSection(string section) => section.StartsWith("French", StringComparison.OrdinalIgnoreCase);

    private EvalReport Score(string file, bool showFailures, bool allFrench = false)
    {
        var questions = EvalSet.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, file)));
        var report = EvalScorer.Score(questions, Asker.Ask);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(file)}: {report.Correct}/{report.Total} = {report.Accuracy:P1}"));

        // English and French apart: a French section (or a French file) against the rest.
        foreach (var french in new[] { false, true })
        {
            var asked = questions.Where(q => (allFrench || IsFrenchSection(q.Section)) == french).ToList();
            var wrong = report.Failures.Count(f => (allFrench || IsFrenchSection(f.Expected.Section)) == french);
            if (asked.Count > 0)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  [{(french ? "fr" : "en")}] {asked.Count - wrong}/{asked.Count} = {(double)(asked.Count - wrong) / asked.Count:P1}"));
            }
        }

        foreach (var section in report.Sections)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {section.Section}: {section.Correct}/{section.Total} = {section.Accuracy:P0}"));
        }

        foreach (var (expected, actual) in showFailures ? report.Failures : [])
        {
            output.WriteLine($"line {expected.Line}: \"{expected.Question}\" expected [{string.Join(",", expected.ExpectedCases)}] / [{(expected.AnyFeature ? "*" : string.Join(",", expected.AcceptableFeatures))}], got [{string.Join(",", actual.Cases)}] / [{string.Join(",", actual.Features)}] at {actual.Confidence}");
        }

        return report;
    }
}
