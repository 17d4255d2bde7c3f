using System.Text.Json;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Templates;

/// <summary>The rules a template keeps, two editors at once, and "forget me", through /api/messages with Teams activity JSON.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class TemplateRulesTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task BrokenRulesAndBadJsonAreAnsweredPlainlyAndNothingIsKept()
    {
        await using var host = await TemplateConversationTests.StartAsync("sqlite");
        var team = new TemplateTeam(host);
        string Json(string name, IEnumerable<string> questions) =>
            JsonSerializer.Serialize(new { schema = "coprobot.template", version = 1, name, questions, principles = Array.Empty<string>() });

        var tooMany = await team.PersonalAsync("Alex", "import template " + Json("Big", Enumerable.Range(1, 21).Select(i => $"Question {i}?")));
        Assert.Contains("at most 20 steps (questions and principles together); that makes 21", tooMany, StringComparison.Ordinal);
        var tooLong = await team.PersonalAsync("Alex", "import template " + Json("Long", ["Why?", new string('a', 501)]));
        Assert.Contains("Step 2 is too long: each step can be up to 500 characters, and it has 501", tooLong, StringComparison.Ordinal);
        Assert.Contains("I've imported", await team.PersonalAsync("Alex", "import template " + Json("Ward check", ["Why?"])), StringComparison.Ordinal);
        Assert.Contains("already a template of that name", await team.PersonalAsync("Alex", "import template " + Json("WARD  check", ["How?"])), StringComparison.Ordinal);
        Assert.Contains("isn't valid JSON", await team.PersonalAsync("Alex", "import template {\"schema\": \"coprobot.template\", \"version\": 1, \"name\": \"Cut"), StringComparison.Ordinal);
        Assert.Contains("not a template", await team.PersonalAsync("Alex", "import template [1, 2, 3]"), StringComparison.Ordinal);

        // Typed in the conversation, a broken rule is met with a kind request to write it again.
        await team.PersonalAsync("Alex", "new template");
        Assert.Contains("already a template of that name", await team.PersonalAsync("Alex", "ward check"), StringComparison.Ordinal);
        await team.PersonalAsync("Alex", "Night shift check");
        await team.PersonalAsync("Alex", "none");
        Assert.Contains("Step 1 is too long", await team.PersonalAsync("Alex", new string('b', 501)), StringComparison.Ordinal);

        var list = await team.PersonalAsync("Sam", "templates");
        Assert.Contains("You have no templates yet", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoEditorsAtOnceNeverLoseAnEditSilently()
    {
        await using var host = await TemplateConversationTests.StartAsync("sqlite");
        var team = new TemplateTeam(host);
        await team.MakeWardCheckInAsync();
        await team.ChannelAsync("Alex", "share template Ward 3 check-in");

        // Both open the same version, in the personal chat and in the channel; the first change saved wins the ETag.
        await team.PersonalAsync("Alex", "edit template Ward 3 check-in");
        await team.ChannelAsync("Alex", "edit template Ward 3 check-in");
        Assert.Contains("**Ward 3 weekly**", await team.PersonalAsync("Alex", "rename Ward 3 weekly"), StringComparison.Ordinal);

        var refused = await team.ChannelAsync("Alex", "add question Who sets the agenda?");
        Assert.Contains("Someone changed this template after I showed it to you", refused, StringComparison.Ordinal);
        Assert.Contains("**Ward 3 weekly**", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("Who sets the agenda?", refused, StringComparison.Ordinal);

        var again = await team.ChannelAsync("Alex", "add question Who sets the agenda?");
        Assert.Contains("that's saved", again, StringComparison.Ordinal);
        Assert.Contains("**Ward 3 weekly**", again, StringComparison.Ordinal);
        Assert.Contains("3. Who sets the agenda?", again, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TemplateConversationTests.Stores), MemberType = typeof(TemplateConversationTests))]
    public async Task ForgetMeRemovesTheAuthorButLeavesTheTeamItsTemplate(string store)
    {
        await using var host = await TemplateConversationTests.StartAsync(store, azurite);
        var team = new TemplateTeam(host);
        await team.MakeWardCheckInAsync();
        await team.ChannelAsync("Alex", "share template Ward 3 check-in");
        await team.PersonalAsync("Alex", "new template");
        await team.PersonalAsync("Alex", "Private draft");
        await team.PersonalAsync("Alex", "none");
        await team.PersonalAsync("Alex", "Tangerine question?");
        await team.PersonalAsync("Alex", "none");

        var mine = await team.PersonalAsync("Alex", "my data");
        Assert.Contains("Templates you authored: ", mine, StringComparison.Ordinal);
        Assert.Contains("Ward 3 check-in", mine, StringComparison.Ordinal);
        Assert.Contains("Private draft", mine, StringComparison.Ordinal);
        await team.PersonalAsync("Alex", "forget me");
        Assert.Contains("deleted", await team.PersonalAsync("Alex", "yes"), StringComparison.OrdinalIgnoreCase);

        Assert.Contains("- Ward 3 check-in: 2 questions, 3 principles", await team.ChannelAsync("Sam", "templates"), StringComparison.Ordinal);
        Assert.Contains("What shall I change?", await team.ChannelAsync("Sam", "edit template Ward 3 check-in"), StringComparison.Ordinal);
        var rows = await StoreScan.EveryRowAsync(host);
        Assert.DoesNotContain(rows, row => row.Contains("alex-aad", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, row => row.Contains("Tangerine", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.Contains("Who is missing from the room?", StringComparison.Ordinal));
    }
}
