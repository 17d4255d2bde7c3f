using CoproBot.Tests.Reflection;
using Xunit.Abstractions;

namespace CoproBot.Tests.Eval;

/// <summary>
/// Scores what the bot takes a message to mean inside a reflection, by putting a real reflection in each row's context
/// through /api/messages and seeing what it does. Run with <c>--logger "console;verbosity=detailed"</c> to see the figures.
/// </summary>
public sealed class ConversationPhraseEvalTests(ITestOutputHelper output)
{
    private const double RequiredAccuracy = 0.95;

    [Fact]
    public Task TheSharedConversationPhrasesAreActedOnAtLeast95PercentCorrectly() =>
        ScoreAsync("conversation-phrases.tsv", "Conversation phrases (shared development set)", minimumRows: 150);

    [Fact]
    public Task CoproBotsOwnConversationPhrasesAreActedOnAtLeast95PercentCorrectly() =>
        ScoreAsync("conversation-phrases-own.tsv", "Conversation phrases (CoproBot's own)", minimumRows: 60);

    // Written without sight of the code, and measured only: never tuned on. Its floor guards against regressions.
    [Fact]
    public Task TheBlindConversationPhrasesAreActedOnAtLeast70PercentCorrectly() =>
        ScoreAsync("conversation-phrases-blind.tsv", "Conversation phrases (written blind)", minimumRows: 90, requiredAccuracy: 0.70);

    private async Task ScoreAsync(string file, string name, int minimumRows, double requiredAccuracy = RequiredAccuracy)
    {
        var rows = ConversationPhrase.Read(file);
        await using var host = await ReflectionHost.StartAsync();
        var probe = new ConversationPhraseProbe(host);
        var score = new ConversationPhraseScore();
        foreach (var row in rows)
        {
            score.Add(row, await probe.ActedOnAsync(row));
        }

        var report = score.Report(name);
        output.WriteLine(report);
        Assert.True(rows.Count >= minimumRows, $"{file} should have at least {minimumRows} rows; it has {rows.Count}.");
        Assert.True(score.Accuracy >= requiredAccuracy, report);
    }
}
