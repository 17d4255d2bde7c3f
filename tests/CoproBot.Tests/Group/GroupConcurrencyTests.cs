using System.Text.RegularExpressions;
using CoproBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;

namespace CoproBot.Tests.Group;

[Collection(AzuriteGroup.Name)]
public sealed partial class GroupConcurrencyTests(AzuriteFixture azurite)
{
    private const string Channel = "19:busy@thread.tacv2";

    [Fact]
    public async Task FiftyPeopleOnTwoBotInstancesAreEachCountedOnceAndTheStepNeitherSkipsNorRepeats()
    {
        await using var bots = await TwoInstances.StartAsync(azurite.ConnectionString);
        TeamsChannel[] hosts = [new(bots.First, Channel), new(bots.Second, Channel)];
        await hosts[0].SayAsync("Facilitator", "facilitate ESTHER open");

        // The facilitator moves on twice while everyone writes at once, through both instances.
        var turns = Enumerable.Range(0, 50)
            .Select(i => hosts[i % 2].SayAsync($"Person{i:D2}", $"Idea number {i:D2} from the group"))
            .Append(hosts[1].SayAsync("Facilitator", "next"))
            .Append(hosts[0].SayAsync("Facilitator", "next"));
        await Task.WhenAll(turns);

        var announced = bots.Connector.All.Select(a => TeamsChannel.TextOf(a.Activity)).ToList();
        Assert.Single(announced, text => text.StartsWith("**Question 2 of 3", StringComparison.Ordinal));
        Assert.Single(announced, text => text.StartsWith("**Question 3 of 3", StringComparison.Ordinal));
        Assert.Contains("step 3 of 9", (await hosts[1].SayAsync("Facilitator", "status"))[0].Text, StringComparison.Ordinal);

        var export = Assert.Single(await hosts[0].SayAsync("Facilitator", "export markdown")).Text;
        var ideas = IdeaNumber().Matches(export).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(Enumerable.Range(0, 50).Select(i => i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)), ideas.Order(StringComparer.Ordinal));
        Assert.Contains("50 contributions from 50 people", export, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoFacilitatorCommandsOnTwoInstancesAtOnceEachMoveOneStep()
    {
        await using var bots = await TwoInstances.StartAsync(azurite.ConnectionString);
        TeamsChannel[] hosts = [new(bots.First, Channel), new(bots.Second, Channel)];
        await hosts[0].SayAsync("Facilitator", "facilitate ESTHER open");

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => hosts[i % 2].SayAsync("Facilitator", "next")));

        // Each announcement with the request it answers, so a failure shows whether one message was answered twice
        // (the same path) or two messages announced one step (two paths).
        var announced = bots.Connector.All.Where(a => a.Activity.Type == ActivityTypes.Message)
            .Select(a => (Match: StepNumber().Match(TeamsChannel.TextOf(a.Activity)), a.Path)).Where(a => a.Match.Success)
            .Select(a => (Step: int.Parse(a.Match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), a.Path)).OrderBy(a => a.Step).ToList();
        Assert.True(
            announced.Select(a => a.Step).SequenceEqual([1, 2, 3, 4, 5, 6, 7]),
            string.Join("; ", announced.Select(a => $"step {a.Step} answering {a.Path}")));
    }

    [GeneratedRegex(@"Idea number (\d\d) from the group")]
    private static partial Regex IdeaNumber();

    [GeneratedRegex(@"^\*\*\w+ \d+ of \d+ \(step (\d+) of 9\)\*\*")]
    private static partial Regex StepNumber();
}
