using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Group;

/// <summary>The balance of voices in a Teams channel: names for the facilitator alone, counts for anyone, none of it in the channel.</summary>
public sealed class TeamsParticipationTests : IAsyncLifetime
{
    private BotHost _host = null!;
    private TeamsChannel _channel = null!;

    public async Task InitializeAsync()
    {
        _host = await BotHost.StartAsync();
        _channel = new TeamsChannel(_host, "19:balance@thread.tacv2");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task TheFacilitatorAloneSeesWhoHasContributedAndWhoHasNotYet()
    {
        await OpenSessionWithThreeVoicesAsync("open");

        var balance = Assert.Single(await _channel.DeliveredAsync("Alex", "who hasn't spoken yet?"));

        AssertOnlyFor("Alex", balance);
        var text = balance.Activity.Text;
        Assert.Contains("Contributed on this step: Sam 2 times (2 in the session), Jo once (1 in the session).", text, StringComparison.Ordinal);
        Assert.Contains("Joined but not contributed on this step yet: Niamh, Kwame.", text, StringComparison.Ordinal);
        Assert.Contains("invite Niamh and Kwame to add a thought, or move to round robin", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Alex", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusGivesTheGroupItsStatusAndTheFacilitatorTheBalanceAsWell()
    {
        await OpenSessionWithThreeVoicesAsync("open");

        var replies = await _channel.DeliveredAsync("Alex", "status");

        Assert.Equal(2, replies.Count);
        Assert.Equal(string.Empty, replies[0].Query);
        Assert.Contains("So far: 3 contributions from 2 people", replies[0].Activity.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Niamh", replies[0].Activity.Text, StringComparison.Ordinal);
        AssertOnlyFor("Alex", replies[1]);
        Assert.Contains("Niamh, Kwame", replies[1].Activity.Text, StringComparison.Ordinal);
        Assert.Single(await _channel.DeliveredAsync("Sam", "status"));
    }

    [Fact]
    public async Task AParticipantWhoAsksGetsCountsOnlyAndOnlyThey()
    {
        await OpenSessionWithThreeVoicesAsync("open");

        foreach (var question in new[] { "how many have answered?", "who hasn't contributed" })
        {
            var counts = Assert.Single(await _channel.DeliveredAsync("Niamh", question));

            AssertOnlyFor("Niamh", counts);
            Assert.Contains("So far on this step: 3 contributions from 2 people, of 5 who joined.", counts.Activity.Text, StringComparison.Ordinal);
            foreach (var name in new[] { "Sam", "Jo", "Kwame", "Alex" })
            {
                Assert.DoesNotContain(name, counts.Activity.Text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task InAnAnonymousSessionEvenTheFacilitatorSeesCountsAndNeverWho()
    {
        await OpenSessionWithThreeVoicesAsync("anonymously");
        await _channel.SayAsync("Sam", "A third thought from the same person");
        await _channel.SayAsync("Sam", "And a fourth");

        var balance = Assert.Single(await _channel.DeliveredAsync("Alex", "who's been quiet?"));

        AssertOnlyFor("Alex", balance);
        var text = balance.Activity.Text;
        Assert.Contains("So far on this step: 5 contributions from 2 people, of 5 who joined.", text, StringComparison.Ordinal);
        Assert.Contains("One person has given more than half of this step's contributions", text, StringComparison.Ordinal);
        foreach (var identity in new[] { "Sam", "Jo", "Niamh", "Kwame", "Alex", TeamsChannel.IdOf("Sam"), TeamsChannel.IdOf("Niamh") })
        {
            Assert.DoesNotContain(identity, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task WhenNoPrivateWayWorksTheChannelIsToldOnlyThatTheSummaryWasKeptBack()
    {
        await OpenSessionWithThreeVoicesAsync("open");
        _host.Connector.RespondToRequestAsync = sent => Task.FromResult<Microsoft.AspNetCore.Http.IResult?>(
            sent.Query.Contains("isTargetedActivity=true", StringComparison.Ordinal) ? Microsoft.AspNetCore.Http.Results.StatusCode(403) : null);
        _host.Connector.RespondToCreateConversation = _ => Microsoft.AspNetCore.Http.Results.StatusCode(403);

        var notice = Assert.Single(await _channel.DeliveredAsync("Alex", "participation"));

        Assert.Equal(string.Empty, notice.Query);
        Assert.StartsWith("I couldn't send the participation summary privately", notice.Activity.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Niamh", notice.Activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenOneVoiceTipsPastHalfOfAStepTheFacilitatorAloneIsToldOnceAsItTips()
    {
        await OpenSessionWithThreeVoicesAsync("open");

        // Sam's third thought makes 3 of 4: Sam is thanked privately, and Alex alone hears of the balance.
        var delivered = await _channel.DeliveredAsync("Sam", "And the neighbours who drop in");

        Assert.Equal(2, delivered.Count);
        AssertOnlyFor("Sam", delivered[0]);
        AssertOnlyFor("Alex", delivered[1]);
        var note = delivered[1].Activity.Text;
        Assert.Contains("One person has given more than half of this step's contributions so far.", note, StringComparison.Ordinal);
        Assert.Contains("Sam 3 times", note, StringComparison.Ordinal);
        Assert.Contains("invite Niamh and Kwame to add a thought", note, StringComparison.Ordinal);

        // Already told: Sam's next thought tips nothing.
        Assert.Single(await _channel.DeliveredAsync("Sam", "And the pharmacist"));
    }

    [Fact]
    public async Task WhenNoPrivateWayReachesTheFacilitatorTheNoteIsNotPostedAtAll()
    {
        await OpenSessionWithThreeVoicesAsync("open");
        _host.Connector.RespondToRequestAsync = sent => Task.FromResult<Microsoft.AspNetCore.Http.IResult?>(
            sent.Query.Contains("isTargetedActivity=true", StringComparison.Ordinal) && sent.Activity.Recipient?.Id == TeamsChannel.IdOf("Alex")
                ? Microsoft.AspNetCore.Http.Results.StatusCode(403)
                : null);
        _host.Connector.RespondToCreateConversation = _ => Microsoft.AspNetCore.Http.Results.StatusCode(403);

        var delivered = await _channel.DeliveredAsync("Sam", "And the neighbours who drop in");

        AssertOnlyFor("Sam", Assert.Single(delivered));
        Assert.DoesNotContain("more than half", delivered[0].Activity.Text, StringComparison.Ordinal);
    }

    private static void AssertOnlyFor(string name, RecordedActivity delivered)
    {
        Assert.Equal("?isTargetedActivity=true", delivered.Query);
        Assert.Equal(TeamsChannel.IdOf(name), delivered.Activity.Recipient.Id);
        Assert.True((bool?)delivered.Activity.Recipient.Properties["isTargeted"]);
    }

    // Alex facilitates; Niamh and Kwame join and say nothing; Sam gives two thoughts and Jo one.
    private async Task OpenSessionWithThreeVoicesAsync(string mode)
    {
        await _channel.SayAsync("Alex", "facilitate ESTHER " + mode);
        await _channel.SayAsync("Niamh", "join");
        await _channel.SayAsync("Kwame", "join");
        await _channel.SayAsync("Sam", "Ask Esther what matters most to her");
        await _channel.SayAsync("Sam", "Her daughter's view too");
        await _channel.SayAsync("Jo", "Start at the kitchen table");
    }
}
