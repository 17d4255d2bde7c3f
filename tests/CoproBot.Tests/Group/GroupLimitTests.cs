using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Group;

/// <summary>The per-person cap on contributions to one question, and the length cap, through the real bot in a Teams channel.</summary>
public sealed class GroupLimitTests : IAsyncLifetime
{
    private BotHost _host = null!;
    private TeamsChannel _channel = null!;

    public async Task InitializeAsync()
    {
        _host = await BotHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["GroupSessions:MaxContributionsPerQuestion"] = "2",
            ["GroupSessions:MaxContributionLength"] = "120",
        });
        _channel = new TeamsChannel(_host, "19:limits@thread.tacv2");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task EachPersonMayGiveAFewContributionsPerQuestionAndIsToldThePlainLimitBeyondThem()
    {
        await _channel.SayAsync("Alex", "start a group reflection on ESTHER silently");
        await _channel.SayAsync("Sam", "Ask Esther first");
        await _channel.SayAsync("Sam", "Then her daughter");

        var third = Assert.Single(await _channel.SayAsync("Sam", "And the night staff"));
        Assert.Equal(
            "You've given 2 contributions to Question 1 of 3 (step 1 of 9), the most one person can give to one question, so there's room for everyone. "
                + "I haven't saved this one; you could \"park\" it as a topic for later.",
            third.Text);
        var again = Assert.Single(await _channel.SayAsync("Sam", "Then her daughter"));
        Assert.Equal("That's already in for Question 1 of 3 (step 1 of 9), so I haven't added it twice.", again.Text);
        var tooLong = Assert.Single(await _channel.SubmitAsync("Jo", new string('a', 121), step: 1));
        Assert.StartsWith("That's longer than I can keep: a contribution can be up to 120 characters (that one was 121).", tooLong.Text, StringComparison.Ordinal);

        // The cap is per person and per question: Jo still has room, and so does Sam on the next question.
        Assert.Contains(await _channel.SubmitAsync("Jo", "Her GP's view", step: 1), a => a.Text.StartsWith("Thanks, your contribution", StringComparison.Ordinal));
        await _channel.SayAsync("Alex", "next");
        Assert.Contains(await _channel.SayAsync("Sam", "The home care team"), a => a.Text.StartsWith("Thanks, your contribution", StringComparison.Ordinal));

        var csv = Assert.Single(await _channel.SayAsync("Alex", "export csv")).Text;
        Assert.Equal(2, Rows(csv, step: 1, "Sam"));
        Assert.Equal(1, Rows(csv, step: 1, "Jo"));
        Assert.Equal(1, Rows(csv, step: 2, "Sam"));
        Assert.DoesNotContain("night staff", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCapHoldsWhenOnePersonsMessagesArriveAllAtOnce()
    {
        await _channel.SayAsync("Alex", "start a group reflection on ESTHER silently");

        await Task.WhenAll(Enumerable.Range(1, 6).Select(i => _channel.SayAsync("Sam", $"Thought number {i}")));

        var csv = Assert.Single(await _channel.SayAsync("Alex", "export csv")).Text;
        Assert.Equal(2, Rows(csv, step: 1, "Sam"));
    }

    private static int Rows(string csv, int step, string name) =>
        csv.Split('\n').Count(line => line.StartsWith($"\"{step}\",\"Question\"", StringComparison.Ordinal) && line.Contains($",\"{name}\",", StringComparison.Ordinal));
}
