using CoproBot.Bot.Reflection;
using CoproBot.Dialogs.Languages;
using CoproBot.Storage.Tables;
using CoproBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoproBot.Tests.Reflection;

public sealed partial class ReflectionHostTests
{
    private static readonly string[] Tables = ["botstate", "reflections", "reminders", "reminderdue", "personidx", "convrefs", "activities", "welcomes", "forgetreq"];

    [Fact]
    public async Task AReflectionRunsThroughTheMessagesEndpointAndContinuesAfterARestart()
    {
        await using var connector = await ConnectorListener.StartAsync();
        var first = await ReflectionHost.StartAsync(connector: connector);
        var intro = await first.SayAsync("conv-reflect", "reflect on case 2");
        Assert.StartsWith("Let's reflect on **Case 2: Making Recovery Real**", intro[0], StringComparison.Ordinal);
        Assert.Equal(Language.English[Phrase.ReflectionAskPlace], intro[1]);
        Assert.Equal(
            ["Question 1 of 1: What would make recovery real in Leith?\n(The case's own wording: \"What would make recovery real in Dundee?\")"],
            await first.SayAsync("conv-reflect", "Leith"));
        await first.StopAsync();

        var second = await ReflectionHost.StartAsync(dataDirectory: first.DataDirectory, connector: connector);
        Assert.StartsWith("Principle 1 of 4: how well does your work reflect 'Rooted in mental health recovery principles", (await second.SayAsync("conv-reflect", "Peer support in every GP practice"))[0], StringComparison.Ordinal);
        Assert.StartsWith("Any note", (await second.SayAsync("conv-reflect", "mostly"))[0], StringComparison.Ordinal);
        foreach (var text in new[] { "skip", "4/5", "skip", "four", "skip", "somewhat" })
        {
            await second.SayAsync("conv-reflect", text);
        }

        var summary = (await second.SayAsync("conv-reflect", "We need more peer trainers"))[0];
        Assert.StartsWith("# Reflection on Making Recovery Real", summary, StringComparison.Ordinal);
        Assert.Contains("Community: Leith", summary, StringComparison.Ordinal);
        Assert.Contains("**What would make recovery real in Leith?**\n\nPeer support in every GP practice", summary, StringComparison.Ordinal);
        Assert.Contains("**To work on:** Moving beyond the medical model of service delivery (3/5)", summary, StringComparison.Ordinal);
        Assert.StartsWith("Your reflections:\n1. Making Recovery Real", (await second.SayAsync("conv-reflect", "my reflections"))[0], StringComparison.Ordinal);
        await second.StopAsync();
    }

    [Fact]
    public async Task ACompleteEstherReflectionRunsInTeamsWithInterruptionsEditsAndCardAnswers()
    {
        await using var host = await ReflectionHost.StartAsync();
        var url = host.Connector.ServiceUrl;
        Task<List<string>> Say(string text) => host.PostAsync(TeamsActivities.Personal(url, "a:esther", text, userId: "esther-id"));
        Task<List<string>> Submit(string answer, string kind, int index)
        {
            var card = TeamsActivities.Personal(url, "a:esther", string.Empty, userId: "esther-id");
            card.Remove("text");
            card["value"] = new { answer, step = new { kind, index } };
            return host.PostAsync(card);
        }

        Assert.Equal("Question 1 of 3: What is best for, or important to, Esther?", (await Say("reflect on ESTHER"))[1]);
        Assert.Equal([Language.English[Phrase.ReflectionHelp], "Question 1 of 3: What is best for, or important to, Esther?"], await Say("help"));
        var knowledge = await Say("what does balancing power mean for ESTHER?");
        Assert.Contains("Balancing power", knowledge[0], StringComparison.Ordinal);
        Assert.Equal("Question 1 of 3: What is best for, or important to, Esther?", knowledge[1]);
        Assert.Equal(["Question 2 of 3: Who needs to cooperate to fulfill this?"], await Submit("Being heard", "Question", 0));
        Assert.Equal([Language.English[Phrase.ReflectionStaleCard], "Question 2 of 3: Who needs to cooperate to fulfill this?"], await Submit("An old card", "Question", 0));
        Assert.Contains("Your earlier answer: \"Being heard\"", (await Say("back"))[0], StringComparison.Ordinal);
        await Say("Being heard, and her family too");
        await Say("Everyone around her");
        await Say("Fewer handovers");
        foreach (var rating in new[] { "mostly", "4/5", "four", "3", "fully", "not at all" })
        {
            Assert.StartsWith("Any note", (await Say(rating))[0], StringComparison.Ordinal);
            await Say("skip");
        }

        var export = (await Say("export my reflection"))[0];
        Assert.StartsWith("# Reflection on ESTHER", export, StringComparison.Ordinal);
        Assert.Contains("**What is best for, or important to, Esther?**\n\nBeing heard, and her family too", export, StringComparison.Ordinal);
        Assert.Contains("**Strongest:** Reconnection to original healthcare values (5/5)", export, StringComparison.Ordinal);
        Assert.Contains("**To work on:** Balancing power (1/5)", export, StringComparison.Ordinal);
        Assert.Equal([Language.English[Phrase.ReflectionEndedCard]], await Submit("Too late", "Note", 5));
    }

    [Fact]
    public async Task AReminderResumesTheReflectionOnceAtItsTime()
    {
        var clock = new FakeTimeProvider(ReflectionHost.Start);
        await using var host = await ReflectionHost.StartAsync(clock);
        await host.SayAsync("conv-remind", "reflect on ESTHER");
        Assert.Equal(
            ["I've paused your reflection on ESTHER and I'll remind you on Monday 30 November at 10:00 (UTC). Say \"continue\" any time before then."],
            await host.SayAsync("conv-remind", "pause, remind me tomorrow at 10am"));

        clock.Advance(TimeSpan.FromHours(24));
        Assert.Equal(0, await host.Services.GetRequiredService<ReminderScheduler>().SendDueAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(Language.English.Format(Phrase.ReflectionReminderDue, "ESTHER"), (await host.Connector.NextMessageAsync()).Text);
        Assert.Equal("Question 1 of 3: What is best for, or important to, Esther?", (await host.Connector.NextMessageAsync()).Text);
        Assert.Equal(0, await host.Services.GetRequiredService<ReminderScheduler>().SendDueAsync(CancellationToken.None));
        Assert.Empty(await RowsAsync(host, "reminders"));
        Assert.Single(host.Connector.All, r => r.Activity.Text == Language.English.Format(Phrase.ReflectionReminderDue, "ESTHER"));
        Assert.Equal(["Question 2 of 3: Who needs to cooperate to fulfill this?"], await host.SayAsync("conv-remind", "Feeling listened to"));
    }

    [Fact]
    public async Task AReminderStoredBeforeARestartIsSentAfterItByOnlyOneOfTwoInstances()
    {
        await using var connector = await ConnectorListener.StartAsync();
        var first = await ReflectionHost.StartAsync(new FakeTimeProvider(ReflectionHost.Start), connector: connector);
        await first.SayAsync("conv-restart-remind", "reflect on ESTHER");
        await first.SayAsync("conv-restart-remind", "let's continue on Monday at 10am");
        await first.StopAsync();

        // Both instances run over the same store at a time after the reminder is due; their own timers are not advanced.
        await using var second = await ReflectionHost.StartAsync(new FakeTimeProvider(ReflectionHost.Start), first.DataDirectory, connector);
        var later = new FakeTimeProvider(ReflectionHost.Start.AddDays(2));
        var one = ActivatorUtilities.CreateInstance<ReminderScheduler>(second.Services, later);
        var other = ActivatorUtilities.CreateInstance<ReminderScheduler>(second.Services, later);
        var sent = await Task.WhenAll(one.SendDueAsync(CancellationToken.None), other.SendDueAsync(CancellationToken.None));

        Assert.Equal(1, sent.Sum());
        Assert.Single(connector.All, r => r.Activity.Text == Language.English.Format(Phrase.ReflectionReminderDue, "ESTHER"));
    }

    [Fact]
    public async Task ForgetMeRemovesReflectionsAndReminders()
    {
        await using var host = await ReflectionHost.StartAsync(new FakeTimeProvider(ReflectionHost.Start));
        var url = host.Connector.ServiceUrl;
        Task<List<string>> Say(string text) => host.PostAsync(TeamsActivities.Personal(url, "a:forget", text, userId: "forget-id"));
        await Say("reflect on case 3");
        for (var i = 0; i < 9; i++)
        {
            await Say("skip");
        }

        await Say("reflect on ESTHER");
        await Say("A thoughtful answer");
        await Say("pause, remind me tomorrow at 10am");
        var mine = await Say("my data");
        Assert.Contains("- your completed reflections: 1", mine[0], StringComparison.Ordinal);
        Assert.Contains("- reminders to continue a reflection: 1", mine[0], StringComparison.Ordinal);

        await Say("forget me");
        await Say("yes, forget me");

        var rows = await AllRowsAsync(host);
        Assert.DoesNotContain(rows, row => row.Contains("forget-id", StringComparison.Ordinal) || row.Contains("thoughtful", StringComparison.Ordinal));
        Assert.Empty(await RowsAsync(host, "reflections"));
        Assert.Empty(await RowsAsync(host, "reminders"));
    }

    [Fact]
    public async Task ACrisisMessageMidReflectionGetsSupportPausesAndLeavesNoTraceInTheStore()
    {
        await using var host = await ReflectionHost.StartAsync();
        await host.SayAsync("conv-care", "reflect on ESTHER");
        var support = (await host.SayAsync("conv-care", "I don't feel safe at home"))[0];
        Assert.Contains("Samaritans: 116 123", support, StringComparison.Ordinal);
        Assert.Contains("I've paused our reflection", support, StringComparison.Ordinal);

        Assert.DoesNotContain(await AllRowsAsync(host), row => row.Contains("feel safe", StringComparison.Ordinal));
        Assert.Equal([Language.English[Phrase.ReflectionWelcomeBack], "Question 1 of 3: What is best for, or important to, Esther?"], await host.SayAsync("conv-care", "continue"));
    }

    [Fact]
    public async Task InAGroupChatEachPersonHasTheirOwnReflectionAndPastOnesStayPrivate()
    {
        await using var host = await ReflectionHost.StartAsync();
        var url = host.Connector.ServiceUrl;
        Task<List<string>> Say(string user, string text) => host.PostAsync(TeamsActivities.GroupChat(url, "19:group", text, userId: user));

        Assert.Equal("Question 1 of 3: What is best for, or important to, Esther?", (await Say("alex", "reflect on ESTHER"))[1]);
        Assert.Equal(Language.English[Phrase.ReflectionAskPlace], (await Say("megan", "reflect on case 2"))[1]);
        Assert.Equal(["Question 2 of 3: Who needs to cooperate to fulfill this?"], await Say("alex", "Continuity"));
        Assert.StartsWith("Question 1 of 1: What would make recovery real in Leith?", (await Say("megan", "Leith"))[0], StringComparison.Ordinal);
        Assert.Equal([Language.English[Phrase.ReflectionOnlyInPrivate], "Question 2 of 3: Who needs to cooperate to fulfill this?"], await Say("alex", "my reflections"));
    }

    private static async Task<List<string>> RowsAsync(BotHost host, string table)
    {
        var rows = new List<string>();
        await foreach (var row in host.Services.GetRequiredService<ITableStore>().QueryTableAsync(table, CancellationToken.None))
        {
            rows.Add($"{table} {row.PartitionKey} {row.RowKey} {row.Data}");
        }

        return rows;
    }

    private static async Task<List<string>> AllRowsAsync(BotHost host)
    {
        var rows = new List<string>();
        foreach (var table in Tables)
        {
            rows.AddRange(await RowsAsync(host, table));
        }

        return rows;
    }
}
