using CoproBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;

namespace CoproBot.Tests.Group;

public sealed partial class TeamsGroupSessionTests : IAsyncLifetime
{
    private BotHost _host = null!;
    private TeamsChannel _channel = null!;

    public async Task InitializeAsync()
    {
        _host = await BotHost.StartAsync();
        _channel = new TeamsChannel(_host, "19:reflect@thread.tacv2");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task AWholeOpenSessionEndsWithContributionsRatingsTheParkingLotAndHonestCounts()
    {
        var start = await _channel.SayAsync("Alex", "facilitate ESTHER");
        Assert.Contains(start, a => a.Text.Contains("I delete the session 30 days after it starts", StringComparison.Ordinal));
        Assert.Contains(start, a => a.Text.Contains("How shall we gather contributions", StringComparison.Ordinal));

        var first = await _channel.SayAsync("Alex", "open");
        Assert.Contains(first, a => TeamsChannel.TextOf(a).Contains("Question 1 of 3", StringComparison.Ordinal));
        await _channel.SayAsync("Sam", "Ask Esther what matters most to her");
        var shown = await _channel.SubmitAsync("Jo", "Her daughter's view too", step: 1);
        Assert.Contains(shown, a => a.Text == "**Jo** on Question 1 of 3 (step 1 of 9): Her daughter's view too");
        await _channel.SayAsync("Alex", "next");
        await _channel.SayAsync("Sam", "The GP and the home care team");
        await _channel.SayAsync("Jo", "park transport costs for carers");
        Assert.Contains(await _channel.SayAsync("Sam", "I'll own 1"), a => a.Text.StartsWith("Thank you: you own parked topic 1", StringComparison.Ordinal));
        await _channel.SayAsync("Alex", "next");
        await _channel.SayAsync("Alex", "next");
        foreach (var (name, rating) in new[] { ("Alex", "4"), ("Sam", "four"), ("Jo", "4/5"), ("Kim", "mostly"), ("Lee", "2") })
        {
            var ack = await _channel.SayAsync(name, rating);
            Assert.Contains(ack, a => a.Text.StartsWith("Thanks, your rating for Principle 1 of 6", StringComparison.Ordinal));
        }

        var reveal = Assert.Single(await _channel.SayAsync("Alex", "reveal"));
        Assert.Contains("4 ▇▇▇▇ 4 (4 people rated 4)", reveal.Text, StringComparison.Ordinal);
        Assert.Contains("2 ▇ 1 (1 person rated 2)", reveal.Text, StringComparison.Ordinal);
        Assert.Contains("3  0 (nobody rated 3)", reveal.Text, StringComparison.Ordinal);

        var end = await _channel.SayAsync("Alex", "end");
        var summary = end[^1].Text;
        Assert.Contains("3 contributions and 5 ratings from 5 people", end[0].Text, StringComparison.Ordinal);
        Assert.Contains("- Sam: Ask Esther what matters most to her", summary, StringComparison.Ordinal);
        Assert.Contains("- Jo: Her daughter's view too", summary, StringComparison.Ordinal);
        Assert.Contains("1. transport costs for carers (owned by Sam)", summary, StringComparison.Ordinal);
        Assert.Contains("Alex, Sam, Jo, Kim, Lee", summary, StringComparison.Ordinal);

        var csv = Assert.Single(await _channel.SayAsync("Kim", "export csv")).Text;
        Assert.Contains("\"1\",\"Question\",\"What is best for, or important to, Esther?\",\"Sam\",\"Ask Esther what matters most to her\",\"\"", csv, StringComparison.Ordinal);
        Assert.Contains("\"Kim\",\"\",\"4\"", csv, StringComparison.Ordinal);
        Assert.StartsWith("# Group reflection on ESTHER", Assert.Single(await _channel.SayAsync("Kim", "export markdown")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuestionPutToCoproBotDuringASessionIsAnsweredAndNeverCountedAsAContribution()
    {
        await _channel.SayAsync("Alex", "start a group reflection on ESTHER silently");

        var answer = Assert.Single(await _channel.SayAsync("Sam", "? what are ESTHER's principles"));
        var asked = Assert.Single(await _channel.SayAsync("Jo", "ask CoproBot: which case talks about serious fun?"));
        var contribution = await _channel.SayAsync("Jo", "What about transport for carers?");

        Assert.Contains("Balancing power", TeamsChannel.TextOf(answer), StringComparison.Ordinal);
        Assert.Contains("CMHA", TeamsChannel.TextOf(asked), StringComparison.Ordinal);
        Assert.Contains(contribution, a => a.Text.StartsWith("Thanks, your contribution", StringComparison.Ordinal));
        var csv = Assert.Single(await _channel.SayAsync("Alex", "export csv")).Text;
        Assert.Contains("What about transport for carers?", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Sam\"", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("serious fun", csv, StringComparison.Ordinal);
        Assert.Contains("\"? <question>\"", Assert.Single(await _channel.SayAsync("Sam", "help")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SilentModeAcknowledgesWithoutEchoingAndShowsEverythingOnlyAtTheReveal()
    {
        await _channel.SayAsync("Alex", "start a group reflection on ESTHER silently");

        var ack = await _channel.SayAsync("Sam", "We never asked the night staff");
        var submitted = await _channel.SubmitAsync("Jo", "I felt unheard at discharge", step: 1);

        Assert.DoesNotContain(ack.Concat(submitted), a => TeamsChannel.TextOf(a).Contains("night staff", StringComparison.Ordinal) || TeamsChannel.TextOf(a).Contains("unheard", StringComparison.Ordinal));
        Assert.Contains(ack, a => a.Text.Contains("stays hidden until the facilitator reveals it", StringComparison.Ordinal));
        var reveal = Assert.Single(await _channel.SayAsync("Alex", "reveal")).Text;
        Assert.Contains("2 contributions from 2 people", reveal, StringComparison.Ordinal);
        Assert.Contains("- Sam: We never asked the night staff", reveal, StringComparison.Ordinal);
        Assert.Contains("- Jo: I felt unheard at discharge", reveal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnonymousModeShowsNoNameOrUserIdInAnyRevealSummaryOrExport()
    {
        await _channel.SayAsync("Alex", "facilitate ESTHER anonymously");
        await _channel.SubmitAsync("Sam", "Staff rotas made it hard to keep promises", step: 1);
        await _channel.SubmitAsync("Jo", "Nobody explained the plan", step: 1);
        await _channel.SayAsync("Jo", "park Jo's idea about peer support");
        await _channel.SayAsync("Sam", "own 1");
        await _channel.SayAsync("Alex", "mode open");
        await _channel.SubmitAsync("Kim", "Given after the mode changed back", step: 1);

        var shown = new List<Activity>();
        shown.AddRange(await _channel.SayAsync("Alex", "reveal"));
        shown.AddRange(await _channel.SayAsync("Alex", "parking lot"));
        shown.AddRange(await _channel.SayAsync("Alex", "end"));
        shown.AddRange(await _channel.SayAsync("Alex", "export markdown"));
        shown.AddRange(await _channel.SayAsync("Alex", "export csv"));

        var all = string.Join("\n", shown.Select(TeamsChannel.TextOf));
        Assert.Contains("Staff rotas made it hard to keep promises", all, StringComparison.Ordinal);
        Assert.Contains("Given after the mode changed back", all, StringComparison.Ordinal);
        foreach (var name in new[] { "Alex", "Sam", "Kim", "-aad", "29:" })
        {
            Assert.DoesNotContain(name, all, StringComparison.Ordinal);
        }

        Assert.Contains("this was an anonymous session, so no names are shown", all, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("```csv\nstep,kind,prompt,contribution,rating", shown[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RoundRobinInvitesEachParticipantInTurnAndLetsThemPass()
    {
        await _channel.SayAsync("Alex", "facilitate ESTHER");
        await _channel.SayAsync("Sam", "join");
        await _channel.SayAsync("Jo", "join");

        var started = await _channel.SayAsync("Alex", "round robin");
        AssertInvited(started[^1], "Alex");
        AssertInvited((await _channel.SayAsync("Alex", "Start from what Esther says"))[^1], "Sam");
        AssertInvited((await _channel.SayAsync("Sam", "pass"))[^1], "Jo");
        var done = await _channel.SayAsync("Jo", "Ask who else she trusts");

        Assert.Contains("Everyone has had a turn on this step", done[^1].Text, StringComparison.Ordinal);
        var summary = (await _channel.SayAsync("Alex", "end"))[0].Text;
        Assert.Contains("2 contributions from 2 people", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyTheFacilitatorAdvancesUntilTheyHandOver()
    {
        await _channel.SayAsync("Alex", "facilitate ESTHER open");
        await _channel.SayAsync("Sam", "join");

        var refused = Assert.Single(await _channel.SayAsync("Sam", "next"));
        Assert.Contains("Only the facilitator can move us on", refused.Text, StringComparison.Ordinal);
        Assert.Contains("step 1 of 9", Assert.Single(await _channel.SayAsync("Sam", "status")).Text, StringComparison.Ordinal);

        var handed = Assert.Single(await _channel.SayAsync("Alex", "hand over to @Sam", mention: ("Sam", TeamsChannel.IdOf("Sam"))));
        Assert.StartsWith("<at>Sam</at>, you're now the facilitator", handed.Text, StringComparison.Ordinal);
        Assert.Contains(handed.Entities, e => e.Type == "mention" && e.Properties["mentioned"]?["id"]?.ToString() == TeamsChannel.IdOf("Sam"));

        Assert.Contains("Only the facilitator", Assert.Single(await _channel.SayAsync("Alex", "next")).Text, StringComparison.Ordinal);
        Assert.Contains(await _channel.SayAsync("Sam", "next"), a => TeamsChannel.TextOf(a).Contains("Question 2 of 3", StringComparison.Ordinal));
        Assert.Single(await _channel.SayAsync("Sam", "make Alex facilitator"));
        Assert.Contains(await _channel.SayAsync("Alex", "next"), a => TeamsChannel.TextOf(a).Contains("Question 3 of 3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheFacilitatorCanReopenAnEarlierStepAndNobodyElseCan()
    {
        await _channel.SayAsync("Alex", "facilitate ESTHER open");
        await _channel.SayAsync("Alex", "next");
        await _channel.SayAsync("Alex", "next");

        Assert.Contains("Only the facilitator can reopen a step", Assert.Single(await _channel.SayAsync("Sam", "reopen 1")).Text, StringComparison.Ordinal);
        Assert.Contains(await _channel.SayAsync("Alex", "reopen 1"), a => TeamsChannel.TextOf(a).StartsWith("**Question 1 of 3", StringComparison.Ordinal));
        await _channel.SayAsync("Sam", "A second thought on the first question");
        Assert.Contains(await _channel.SayAsync("Alex", "back"), a => a.Text == "We're at the first step already.");
        Assert.Contains(await _channel.SayAsync("Alex", "next"), a => TeamsChannel.TextOf(a).StartsWith("**Question 2 of 3", StringComparison.Ordinal));

        var summary = (await _channel.SayAsync("Alex", "end"))[^1].Text;
        Assert.True(summary.IndexOf("A second thought", StringComparison.Ordinal) < summary.IndexOf("Question 2 of 3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithdrawingRemovesOnlyThatPersonsContributions()
    {
        await _channel.SayAsync("Alex", "facilitate ESTHER open");
        await _channel.SayAsync("Sam", "Sam's first thought");
        await _channel.SayAsync("Sam", "Sam's second thought");
        await _channel.SayAsync("Jo", "Jo's thought");

        var withdrawn = Assert.Single(await _channel.SayAsync("Sam", "withdraw my contributions"));

        Assert.Contains("deleted your 2 contributions", withdrawn.Text, StringComparison.Ordinal);
        var export = Assert.Single(await _channel.SayAsync("Alex", "export markdown")).Text;
        Assert.DoesNotContain("Sam", export, StringComparison.Ordinal);
        Assert.Contains("Jo's thought", export, StringComparison.Ordinal);
        Assert.Contains("1 contribution from 1 person", export, StringComparison.Ordinal);
    }

    private static void AssertInvited(Activity invitation, string name)
    {
        Assert.StartsWith($"<at>{name}</at>, it's your turn", invitation.Text, StringComparison.Ordinal);
        Assert.Contains(invitation.Entities, e => e.Type == "mention" && e.Properties["mentioned"]?["id"]?.ToString() == TeamsChannel.IdOf(name));
    }
}
