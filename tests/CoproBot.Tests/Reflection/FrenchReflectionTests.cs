using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace CoproBot.Tests.Reflection;

/// <summary>A reflection through /api/messages from a French Teams (fr-CA): ratings in French words, reminder times in French.</summary>
public sealed class FrenchReflectionTests
{
    private const string Q1 = "Question 1 of 3: What is best for, or important to, Esther?";

    [Theory]
    [InlineData("rappelle-moi dans deux heures", 2)]
    [InlineData("on arrête pour l'instant, rappelle-moi dans 3 heures", 3)]
    public async Task AFrenchReminderTimePausesTheReflectionUntilThen(string text, int hours)
    {
        await using var bot = await ReflectionChat.StartAsync();
        var adapter = ReflectionChat.NewAdapter();

        await bot.Flow(adapter)
            .Send(French(adapter, "reflect on ESTHER")).AssertReply(ReflectionConversationTests.Starts("Let's reflect")).AssertReply(Q1)
            .Send(French(adapter, text)).AssertReply(ReflectionConversationTests.Starts("I've paused your reflection on ESTHER"))
            .StartTestAsync();

        // Reminders are kept by the minute, so "in two hours" is due within the minute two hours on.
        var at = bot.Clock.GetUtcNow().AddHours(hours);
        Assert.Empty(await bot.Reminders.DueAsync(at.AddMinutes(-2), CancellationToken.None));
        var due = Assert.Single(await bot.Reminders.DueAsync(at.AddMinutes(1), CancellationToken.None)).Reminder.Due;
        Assert.InRange(due, at.AddMinutes(-1), at.AddMinutes(1));
    }

    [Fact]
    public async Task AFrenchHourTomorrowIsCheckedWithAYesInFrenchAndThenKept()
    {
        await using var bot = await ReflectionChat.StartAsync();
        var adapter = ReflectionChat.NewAdapter();

        await bot.Flow(adapter)
            .Send(French(adapter, "reflect on ESTHER")).AssertReply(ReflectionConversationTests.Starts("Let's reflect")).AssertReply(Q1)
            .Send(French(adapter, "pause, rappelle-moi demain à 10 h")).AssertReply(ReflectionConversationTests.Starts("Just to check: shall I remind you on Monday 30 November at 10:00"))
            .Send(French(adapter, "oui")).AssertReply(ReflectionConversationTests.Starts("I've paused your reflection on ESTHER"))
            .StartTestAsync();

        var at = new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);
        Assert.Empty(await bot.Reminders.DueAsync(at.AddMinutes(-1), CancellationToken.None));
        Assert.Equal(at, Assert.Single(await bot.Reminders.DueAsync(at, CancellationToken.None)).Reminder.Due);
    }

    [Fact]
    public async Task RatingsInFrenchWordsAreReadOnTheScale()
    {
        await using var bot = await ReflectionChat.StartAsync();
        var adapter = ReflectionChat.NewAdapter();

        await bot.Flow(adapter)
            .Send(French(adapter, "reflect on ESTHER")).AssertReply(ReflectionConversationTests.Starts("Let's reflect")).AssertReply(Q1)
            .Send(French(adapter, "Qu'on l'écoute sur ce qui compte dans sa semaine")).AssertReply(ReflectionConversationTests.Starts("Question 2 of 3"))
            .Send(French(adapter, "Son médecin, l'équipe de soins à domicile et sa fille")).AssertReply(ReflectionConversationTests.Starts("Question 3 of 3"))
            .Send(French(adapter, "Partager les notes entre les services")).AssertReply(ReflectionConversationTests.Starts("Principle 1 of 6"))
            .Send(French(adapter, "plutôt bien")).AssertReply(ReflectionConversationTests.Starts("Any note"))
            .Send(French(adapter, "skip")).AssertReply(ReflectionConversationTests.Starts("Principle 2 of 6"))
            .Send(French(adapter, "pas du tout")).AssertReply(ReflectionConversationTests.Starts("Any note"))
            .Send(French(adapter, "skip")).AssertReply(ReflectionConversationTests.Starts("Principle 3 of 6"))
            .Send(French(adapter, "moyen")).AssertReply(ReflectionConversationTests.Starts("Any note"))
            .Send(French(adapter, "skip")).AssertReply(ReflectionConversationTests.Starts("Principle 4 of 6"))
            .Send(French(adapter, "très bien")).AssertReply(ReflectionConversationTests.Starts("Any note"))
            .Send(French(adapter, "skip")).AssertReply(ReflectionConversationTests.Starts("Principle 5 of 6"))
            .Send(French(adapter, "tres mal")).AssertReply(ReflectionConversationTests.Starts("Any note"))
            .Send(French(adapter, "skip")).AssertReply(ReflectionConversationTests.Starts("Principle 6 of 6"))
            .Send(French(adapter, "un peu")).AssertReply(ReflectionConversationTests.Starts("Any note"))
            .Send(French(adapter, "skip")).AssertReply(a =>
            {
                var summary = a.AsMessageActivity().Text;
                Assert.Contains("- Focus on care coordination in complex needs population: 4/5\n", summary, StringComparison.Ordinal);
                Assert.Contains("- Openness, transparency: 1/5\n", summary, StringComparison.Ordinal);
                Assert.Contains("- Joy, ‘serious fun’: 3/5\n", summary, StringComparison.Ordinal);
                Assert.Contains("- Driven by value (not money): 5/5\n", summary, StringComparison.Ordinal);
                Assert.Contains("- Reconnection to original healthcare values: 1/5\n", summary, StringComparison.Ordinal);
                Assert.Contains("- Balancing power: 2/5\n", summary, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    private static Activity French(TestAdapter adapter, string text)
    {
        var activity = adapter.MakeActivity(text);
        activity.Locale = "fr-CA";
        return activity;
    }
}
