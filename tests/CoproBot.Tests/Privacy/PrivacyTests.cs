using CoproBot.Dialogs.Languages;
using CoproBot.Storage.Tables;
using CoproBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoproBot.Tests.Privacy;

[Collection(AzuriteGroup.Name)]
public sealed class PrivacyTests(AzuriteFixture azurite)
{
    public static TheoryData<string> Stores => new() { "embedded", "azure" };

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task ForgetMeWithConfirmationLeavesNothingOfThatPersonInTheStore(string kind)
    {
        await using var host = await StartAsync(kind);
        var url = host.Connector.ServiceUrl;
        await host.PostActivityAsync(TeamsActivities.Personal(url, "a:alex", "hello", userId: "alex-id"));
        await host.PostActivityAsync(TeamsActivities.Personal(url, "a:megan", "hello", userId: "megan-id"));
        await host.PostActivityAsync(TeamsActivities.Personal(url, "a:alex", "forget me", userId: "alex-id"));
        await host.PostActivityAsync(TeamsActivities.Personal(url, "a:alex", "yes, forget me", userId: "alex-id"));

        var replies = host.Connector.All.Select(a => a.Activity).Where(a => a.Conversation.Id == "a:alex" && a.Type == "message").ToList();
        Assert.Equal(Language.English[Phrase.PrivacyForgotten], replies[^1].Text);
        var rows = await AllRowsAsync(host);
        Assert.DoesNotContain(rows, row => row.Contains("alex-id", StringComparison.Ordinal) || row.Contains("a:alex", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.Contains("a:megan", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFacilitatorWhoAsksToBeForgottenIsTakenOffTheSessionWhichGoesOnWithoutThem()
    {
        await using var host = await StartAsync("embedded");
        var channel = new Group.TeamsChannel(host, "19:forget@thread.tacv2");
        await channel.SayAsync("Alex", "start a group reflection on ESTHER silently");
        await channel.SayAsync("Sam", "Ask Esther first");
        Assert.Contains("group sessions you lead", (await channel.SayAsync("Alex", "my data"))[0].Text, StringComparison.Ordinal);

        await channel.SayAsync("Alex", "forget me");
        Assert.Equal(Language.English[Phrase.PrivacyForgotten], Assert.Single(await channel.SayAsync("Alex", "yes")).Text);

        // Nothing of Alex is left anywhere, the shared session included; Sam's contribution stays.
        var rows = await AllRowsAsync(host);
        Assert.DoesNotContain(rows, row => row.Contains(Group.TeamsChannel.IdOf("Alex"), StringComparison.Ordinal) || row.Contains("Alex", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.Contains("Ask Esther first", StringComparison.Ordinal));

        // With nobody facilitating, anyone present can lead the group on.
        Assert.Contains("Nobody is facilitating now", (await channel.SayAsync("Sam", "status"))[0].Text, StringComparison.Ordinal);
        Assert.Contains(await channel.SayAsync("Sam", "next"), a => Group.TeamsChannel.TextOf(a).StartsWith("**Question 2 of 3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ForgetMeAnsweredNoDeletesNothing()
    {
        await using var host = await StartAsync("embedded");
        var url = host.Connector.ServiceUrl;
        await host.PostActivityAsync(TeamsActivities.Personal(url, "a:keep", "hello", userId: "keep-id"));
        await host.PostActivityAsync(TeamsActivities.Personal(url, "a:keep", "forget me", userId: "keep-id"));
        await host.PostActivityAsync(TeamsActivities.Personal(url, "a:keep", "no, keep it", userId: "keep-id"));

        Assert.Equal(Language.English[Phrase.PrivacyKeptEverything], host.Connector.All.Last().Activity.Text);
        Assert.Contains(await AllRowsAsync(host), row => row.Contains("a:keep", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MyDataAndItsExportShowOnlyThatPersonsOwnData()
    {
        await using var host = await StartAsync("embedded");
        var url = host.Connector.ServiceUrl;
        await host.PostActivityAsync(TeamsActivities.Personal(url, "a:first", "hello", userId: "first-id"));
        await host.PostActivityAsync(TeamsActivities.Personal(url, "a:second", "hello", userId: "second-id"));

        await host.PostActivityAsync(TeamsActivities.Personal(url, "a:first", "my data", userId: "first-id"));
        await host.PostActivityAsync(TeamsActivities.Personal(url, "a:first", "export my data", userId: "first-id"));

        var messages = host.Connector.All.Where(a => a.Activity.Conversation.Id == "a:first").Select(a => a.Activity.Text).ToList();
        Assert.Contains(messages, m => m.StartsWith("Here's what I keep about you", StringComparison.Ordinal));
        var export = messages[^1];
        Assert.StartsWith("# Your data in CoproBot", export, StringComparison.Ordinal);
        Assert.Contains("a:first", export, StringComparison.Ordinal);
        Assert.DoesNotContain("second", export, StringComparison.Ordinal);
    }

    private async Task<BotHost> StartAsync(string kind) => kind == "azure"
        ? await BotHost.StartAsync(azureConnectionString: azurite.ConnectionString, tablePrefix: "p" + Guid.NewGuid().ToString("N")[..10])
        : await BotHost.StartAsync();

    // Every row of every table, keys and data, as one string each: what a scan of the store would find.
    private static async Task<List<string>> AllRowsAsync(BotHost host)
    {
        var store = host.Services.GetRequiredService<ITableStore>();
        var rows = new List<string>();
        foreach (var table in new[] { "botstate", "convrefs", "personidx", "forgetreq", "activities", "welcomes", "groupsess", "groupcatalog", "groupcontrib", "grouppeople", "grouppark", "groupown" })
        {
            await foreach (var row in store.QueryTableAsync(table, CancellationToken.None))
            {
                rows.Add($"{table} {row.PartitionKey} {row.RowKey} {row.Data}");
            }
        }

        return rows;
    }
}
