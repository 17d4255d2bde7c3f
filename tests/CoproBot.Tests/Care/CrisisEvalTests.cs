using System.Globalization;
using CoproBot.Dialogs.Care;
using CoproBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CoproBot.Tests.Care;

/// <summary>Scores the crisis check on labelled messages: recall on crisis, false alarms on ordinary talk.</summary>
public sealed class CrisisEvalTests(ITestOutputHelper output)
{
    private const double RequiredRecall = 0.95;
    private const double MostFalseAlarms = 0.05;

    [Theory]
    // The development set, and the set written for CoproBot from its users' point of view.
    [InlineData("crisis-messages.tsv", RequiredRecall, MostFalseAlarms)]
    [InlineData("crisis-messages-own.tsv", RequiredRecall, MostFalseAlarms)]
    // Written blind, after the detector's first version; its misses were then studied, so it is a development set now.
    [InlineData("crisis-messages-blind.tsv", 0.90, MostFalseAlarms)]
    // Written blind and kept for measuring only, never tuned on: the honest figure. Its floor guards against regressions.
    [InlineData("crisis-messages-blind-2.tsv", 0.80, 0.07)]
    public void CrisisIsNoticedAndOrdinaryTalkIsLeftAlone(string file, double requiredRecall, double mostFalseAlarms)
    {
        var items = EvalFiles.Rows(file, columns: 4).Select(r => (Text: r[0], Crisis: r[1] == "crisis", Language: r[2], Kind: r[3])).ToList();
        var results = items.Select(i => (Item: i, Said: CrisisDetector.Shared.Read(i.Text).IsCrisis)).ToList();

        foreach (var language in results.GroupBy(r => r.Item.Language).OrderBy(g => g.Key))
        {
            Report($"{file} [{language.Key}]", [.. language]);
            foreach (var kind in language.GroupBy(r => r.Item.Kind).OrderBy(g => g.Key))
            {
                var right = kind.Count(r => r.Said == r.Item.Crisis);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {kind.Key,-18} {right}/{kind.Count()} right"));
            }
        }

        var (recall, falseAlarms) = Report($"{file} [all]", results);
        foreach (var (item, said) in results.Where(r => r.Said != r.Item.Crisis))
        {
            output.WriteLine($"  {(item.Crisis ? "missed" : "false alarm")} ({item.Language}, {item.Kind}): {item.Text}");
        }

        Assert.True(items.Count(i => i.Crisis) >= 40 && items.Count(i => !i.Crisis) >= 80, $"{file} is too small to measure with.");
        Assert.True(recall >= requiredRecall, $"Recall {recall:P1} on {file} is below {requiredRecall:P0}.");
        Assert.True(falseAlarms <= mostFalseAlarms, $"False alarms {falseAlarms:P1} on {file} are above {mostFalseAlarms:P0}.");
    }

    private (double Recall, double FalseAlarms) Report(string name, IReadOnlyList<((string Text, bool Crisis, string Language, string Kind) Item, bool Said)> results)
    {
        var crisis = results.Where(r => r.Item.Crisis).ToList();
        var ordinary = results.Where(r => !r.Item.Crisis).ToList();
        var recall = crisis.Count == 0 ? 1 : (double)crisis.Count(r => r.Said) / crisis.Count;
        var falseAlarms = ordinary.Count == 0 ? 0 : (double)ordinary.Count(r => r.Said) / ordinary.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: recall {crisis.Count(r => r.Said)}/{crisis.Count} = {recall:P1}, false alarms {ordinary.Count(r => r.Said)}/{ordinary.Count} = {falseAlarms:P1}"));
        return (recall, falseAlarms);
    }
}
