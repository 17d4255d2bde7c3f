using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Templates;

/// <summary>A team's own template from start to finish through /api/messages with Teams activity JSON, on SQLite and on Azurite.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class TemplateConversationTests(AzuriteFixture azurite)
{
    public static TheoryData<string> Stores => new() { "sqlite", "azurite" };

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task ATemplateIsMadeEditedSharedUsedExportedImportedAndDeleted(string store)
    {
        await using var host = await StartAsync(store);
        var team = new TemplateTeam(host);

        var made = await team.MakeWardCheckInAsync();
        Assert.Contains("**Ward 3 check-in** (your draft: only you can see it), built on ESTHER", made, StringComparison.Ordinal);
        Assert.Contains("1. What matters most to the people we serve?", made, StringComparison.Ordinal);
        Assert.Contains("3. Focus on care coordination in complex needs population", made, StringComparison.Ordinal);
        Assert.Contains("5. Everyone is heard", made, StringComparison.Ordinal);

        // Edited and reordered: the second question first, one more question, then done.
        Assert.Contains("What shall I change?", await team.PersonalAsync("Alex", "edit template ward 3 CHECK-IN"), StringComparison.Ordinal);
        var moved = await team.PersonalAsync("Alex", "move 2 to 1");
        Assert.Contains("1. Who is missing from the room?", moved, StringComparison.Ordinal);
        Assert.Contains("2. What matters most to the people we serve?", moved, StringComparison.Ordinal);
        Assert.Contains("3. What did we learn?", await team.PersonalAsync("Alex", "add question What did we learn?"), StringComparison.Ordinal);
        Assert.Contains("saved as it is", await team.PersonalAsync("Alex", "done"), StringComparison.Ordinal);
        Assert.Contains("6. Everyone is heard", await team.PersonalAsync("Alex", "preview template Ward 3 check-in"), StringComparison.Ordinal);

        // Nobody else sees a draft; shared in the channel, the team does.
        Assert.Contains("I can't find a template called", await team.ChannelAsync("Sam", "preview template Ward 3 check-in"), StringComparison.Ordinal);
        Assert.Contains("is now the team's", await team.ChannelAsync("Alex", "share template Ward 3 check-in"), StringComparison.Ordinal);
        Assert.Contains("- Ward 3 check-in: 3 questions, 3 principles", await team.ChannelAsync("Sam", "templates"), StringComparison.Ordinal);
        Assert.Contains("Only the template's author", await team.ChannelAsync("Sam", "delete template Ward 3 check-in"), StringComparison.Ordinal);

        // A personal reflection on it, exactly as on a case.
        var intro = await team.PersonalAsync("Alex", "reflect on Ward 3 check-in");
        Assert.Contains("your team's own template", intro, StringComparison.Ordinal);
        Assert.Contains("Who is missing from the room?", intro, StringComparison.Ordinal);
        await team.PersonalAsync("Alex", "The carers, often");
        await team.PersonalAsync("Alex", "Feeling safe to speak");
        await team.PersonalAsync("Alex", "That we need an evening slot");
        foreach (var rating in new[] { "4", "2", "5" })
        {
            await team.PersonalAsync("Alex", rating);
            await team.PersonalAsync("Alex", "no note");
        }

        var kept = await team.PersonalAsync("Alex", "my reflections");
        Assert.Contains("Ward 3 check-in", kept, StringComparison.Ordinal);
        var summary = await team.PersonalAsync("Alex", "export");
        Assert.Contains("# Reflection on Ward 3 check-in", summary, StringComparison.Ordinal);
        Assert.Contains("- Everyone is heard: 5/5", summary, StringComparison.Ordinal);

        // A group session on it in the channel, to the summary and both exports.
        Assert.Contains("Let's reflect together on **Ward 3 check-in**", await team.ChannelAsync("Alex", "facilitate Ward 3 check-in open"), StringComparison.Ordinal);
        await team.ChannelAsync("Sam", "The night staff are never asked");
        for (var i = 0; i < 3; i++)
        {
            await team.ChannelAsync("Alex", "next");
        }

        await team.ChannelAsync("Sam", "4");
        Assert.Contains("Ward 3 check-in", await team.ChannelAsync("Alex", "end"), StringComparison.Ordinal);
        var csv = await team.ChannelAsync("Sam", "export csv");
        Assert.Contains("\"Who is missing from the room?\",\"Sam\",\"The night staff are never asked\"", csv, StringComparison.Ordinal);
        Assert.StartsWith("# Group reflection on Ward 3 check-in", await team.ChannelAsync("Sam", "export markdown"), StringComparison.Ordinal);

        // Exported and imported back: the same template.
        var exported = TemplateTeam.JsonIn(await team.ChannelAsync("Sam", "export template Ward 3 check-in"));
        Assert.Contains("\"schema\": \"coprobot.template\"", exported, StringComparison.Ordinal);
        Assert.Contains("I've deleted the template", await team.ChannelAsync("Alex", "delete template Ward 3 check-in"), StringComparison.Ordinal);
        Assert.Contains("I can't find a template called", await team.ChannelAsync("Sam", "preview template Ward 3 check-in"), StringComparison.Ordinal);
        Assert.Contains("I've imported **Ward 3 check-in**", await team.PersonalAsync("Sam", "import template\n" + exported), StringComparison.Ordinal);
        Assert.Equal(exported, TemplateTeam.JsonIn(await team.PersonalAsync("Sam", "export template Ward 3 check-in")));
    }

    [Fact]
    public async Task ReflectOnACaseStaysTheCaseAndNoTemplateMayTakeACasesName()
    {
        await using var host = await StartAsync("sqlite");
        var team = new TemplateTeam(host);
        await team.PersonalAsync("Alex", "new template");
        var refused = await team.PersonalAsync("Alex", "Esther");
        Assert.Contains("That is the name of one of the cases", refused, StringComparison.Ordinal);
        Assert.Contains("choose another name", refused, StringComparison.Ordinal);
        await team.PersonalAsync("Alex", "cancel");
        Assert.Contains("Case 1: ESTHER", await team.PersonalAsync("Alex", "reflect on ESTHER"), StringComparison.Ordinal);
    }

    internal static Task<BotHost> StartAsync(string store, AzuriteFixture? azurite = null) =>
        BotHost.StartAsync(
            azureConnectionString: store == "azurite" ? azurite!.ConnectionString : null,
            tablePrefix: "t" + Guid.NewGuid().ToString("N")[..8],
            settings: new Dictionary<string, string?> { ["RateLimits:MessagesPerPersonPerMinute"] = "1000", ["RateLimits:MessagesPerConversationPerMinute"] = "1000" });

    private Task<BotHost> StartAsync(string store) => StartAsync(store, azurite);
}
