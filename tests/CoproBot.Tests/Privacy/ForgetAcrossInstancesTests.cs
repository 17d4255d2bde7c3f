using CoproBot.Bot.Hosting;
using CoproBot.Bot.Proactive;
using CoproBot.Dialogs.Languages;
using CoproBot.Storage.Privacy;
using CoproBot.Storage.Tables;
using CoproBot.Tests.Group;
using CoproBot.Tests.Infrastructure;
using CoproBot.Tests.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace CoproBot.Tests.Privacy;

/// <summary>"forget me" deletes everything about a person whichever instance they talk to, before and after.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class ForgetAcrossInstancesTests(AzuriteFixture azurite)
{
    private const string Person = "Quillon";
    private const string PersonalChat = "a:quillon-personal";
    private static readonly string PersonKey = PersonalDataIndex.PersonKey("msteams", TeamsChannel.IdOf(Person));
    private const string GroupChannel = "19:forget-twice@thread.tacv2";

    // The person's name (their id is made of it) and a word from everything they wrote in each round.
    private static readonly string[] TracesOfThePerson = ["quillon", "periwinkle", "tangerine"];

    public static TheoryData<string> Layouts => new() { "two hosts over Azure tables", "one host over Azure tables", "one host over the embedded store" };

    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task WhatAPersonGivesAfterBeingForgottenElsewhereGoesWithTheirNextForgetMe(string layout)
    {
        await using var hosts = await HostsAsync(layout);
        var (talking, forgetting) = (hosts.First, hosts.Second);
        var group = new TeamsChannel(talking, GroupChannel);
        await group.SayAsync("Sam", "facilitate ESTHER open");
        await group.SayAsync("Sam", "Lilac: ask Esther first");

        // Everything a person can leave behind, through one instance; forgotten through the other; then all of it
        // again through the first, which has seen it all before; forgotten again.
        await LeaveEverythingAsync(talking, group, "periwinkle");
        await ForgetAsync(forgetting);
        await LeaveEverythingAsync(talking, group, "tangerine");
        await ForgetAsync(forgetting);

        var rows = await StoreScan.EveryRowAsync(forgetting);
        var left = rows.Where(row => TracesOfThePerson.Any(word => row.Contains(word, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(left.Count == 0, "Left after forget me:\n" + string.Join('\n', left));
        Assert.Contains(rows, row => row.Contains("Lilac: ask Esther first", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NoInstanceNamesAConversationsRecordsTwiceUntilThePersonIsForgottenThenTheNextTurnNamesThemOnce()
    {
        await using var bots = await TwoInstances.StartAsync(azurite.ConnectionString, RaisedLimits.Settings(), services => services.DecorateTableStore((_, store) => new TableCountingStore(store)));
        int NamingWrites(BotHost host)
        {
            var store = (TableCountingStore)host.Services.GetRequiredService<ITableStore>();
            return store.Writes(PersonalDataIndex.Table) + store.Writes(ConversationReferenceStore.Table);
        }

        async Task<int> NamedInTurnAsync(BotHost host, string text)
        {
            var before = NamingWrites(bots.First) + NamingWrites(bots.Second);
            Assert.NotEmpty(await SayAsync(host, text));
            return NamingWrites(bots.First) + NamingWrites(bots.Second) - before;
        }

        // The first turn names the state rows, the reference and the welcome, and stores the reference: five writes.
        Assert.Equal(5, await NamedInTurnAsync(bots.First, "hello"));

        // From then on, through either instance, even one that never saw the conversation: none.
        foreach (var (host, text) in new[] { (bots.Second, "What are ESTHER's principles?"), (bots.First, "and its guiding questions?"), (bots.Second, "help"), (bots.First, "thanks") })
        {
            Assert.Equal(0, await NamedInTurnAsync(host, text));
        }

        // Forgotten through the second instance, the first names everything again on the next turn, once.
        await ForgetAsync(bots.Second);
        Assert.Equal(5, await NamedInTurnAsync(bots.First, "hello again"));
        Assert.Equal(0, await NamedInTurnAsync(bots.Second, "What are ESTHER's principles?"));
        var kept = await new PersonalDataIndex(bots.First.Services.GetRequiredService<ITableStore>()).FindAsync(PersonKey, CancellationToken.None);
        Assert.Equal(["botstate", ConversationReferenceStore.Table], kept.Select(r => r.Table).Order(StringComparer.Ordinal));
    }

    // A completed reflection, a reflection in progress with an answer, a reminder, and a contribution to a group session.
    private static async Task LeaveEverythingAsync(BotHost host, TeamsChannel group, string word)
    {
        await SayAsync(host, "reflect on case 3");
        for (var i = 0; i < 9; i++)
        {
            await SayAsync(host, "skip");
        }

        Assert.Contains("- your completed reflections: 1", (await SayAsync(host, "my data"))[0], StringComparison.Ordinal);
        Assert.Equal("Question 1 of 3: What is best for, or important to, Esther?", (await SayAsync(host, "reflect on ESTHER"))[1]);
        Assert.Equal(["Question 2 of 3: Who needs to cooperate to fulfill this?"], await SayAsync(host, $"A {word} answer: being heard"));
        Assert.StartsWith("I've paused your reflection on ESTHER", (await SayAsync(host, "pause, remind me tomorrow at 10am"))[0], StringComparison.Ordinal);
        Assert.Contains("Noted for", TeamsChannel.TextOf((await group.SayAsync(Person, $"A {word} thought for the group"))[0]), StringComparison.Ordinal);

        // The reminder can reach them: the instance stored how to, whatever it stored before the forget.
        Assert.NotNull(await host.Services.GetRequiredService<ConversationReferenceStore>().FindAsync("msteams", PersonalChat, CancellationToken.None));
    }

    private static async Task ForgetAsync(BotHost host)
    {
        await SayAsync(host, "forget me");
        Assert.Equal([Language.English[Phrase.PrivacyForgotten]], await SayAsync(host, "yes, forget me"));
    }

    private static Task<List<string>> SayAsync(BotHost host, string text) =>
        host.PostAsync(TeamsActivities.Personal(host.Connector.ServiceUrl, PersonalChat, text, userId: TeamsChannel.IdOf(Person), userName: Person));

    // A person here says in seconds what anyone would say over an hour.
    private async Task<Hosts> HostsAsync(string layout)
    {
        if (layout.StartsWith("two", StringComparison.Ordinal))
        {
            var two = await TwoInstances.StartAsync(azurite.ConnectionString, RaisedLimits.Settings());
            return new Hosts(two.First, two.Second, two);
        }

        var one = layout.EndsWith("Azure tables", StringComparison.Ordinal)
            ? await BotHost.StartAsync(azureConnectionString: azurite.ConnectionString, tablePrefix: "f" + Guid.NewGuid().ToString("N")[..10], settings: RaisedLimits.Settings())
            : await BotHost.StartAsync(settings: RaisedLimits.Settings());
        return new Hosts(one, one, one);
    }

    private sealed record Hosts(BotHost First, BotHost Second, IAsyncDisposable Owner) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Owner.DisposeAsync();
    }
}
