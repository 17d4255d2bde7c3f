using CoproBot.Dialogs.Languages;
using CoproBot.Dialogs.Reminders;
using Microsoft.Bot.Schema;

namespace CoproBot.Tests.Reflection;

public sealed class ReminderConversationTests
{
    private const string Q1 = "Question 1 of 3: What is best for, or important to, Esther?";
    [Fact]
    public async Task AReminderIsSetOnThePersonsOwnClock()
    {
        await using var bot = await ReflectionChat.StartAsync();
        var adapter = ReflectionChat.NewAdapter();

        await bot.Flow(adapter)
            .Send("reflect on ESTHER").AssertReply(ReflectionConversationTests.Starts("Let's reflect")).AssertReply(Q1)
            .Send(InZone(adapter, "pause, remind me tomorrow at 10am", "America/New_York"))
            .AssertReply("I've paused your reflection on ESTHER and I'll remind you on Monday 30 November at 10:00 (America/New_York). Say \"continue\" any time before then.")
            .StartTestAsync();

        var at = new DateTimeOffset(2026, 11, 30, 15, 0, 0, TimeSpan.Zero);
        Assert.Empty(await bot.Reminders.DueAsync(at.AddMinutes(-1), CancellationToken.None));
        var due = Assert.Single(await bot.Reminders.DueAsync(at, CancellationToken.None));
        Assert.Equal(at, due.Reminder.Due);
        Assert.Equal("ESTHER", due.Reminder.Topic);
    }

    [Fact]
    public async Task AnAmbiguousTimeIsConfirmedBeforeAReminderIsStored()
    {
        await using var bot = await ReflectionChat.StartAsync();

        await bot.Flow()
            .Send("reflect on ESTHER").AssertReply(ReflectionConversationTests.Starts("Let's reflect")).AssertReply(Q1)
            .Send("let's continue on Monday at 10").AssertReply(a =>
            {
                Assert.Equal("Just to check: shall I remind you on Monday 30 November at 10:00 (UTC)?", a.AsMessageActivity().Text);
                Assert.Equal(["Yes", "No"], a.AsMessageActivity().SuggestedActions.Actions.Select(x => x.Title));
            })
            .Send("no").AssertReply(Language.English[Phrase.ReflectionNotNow])
            .Send("remind me on Monday at 10").AssertReply(ReflectionConversationTests.Starts("Just to check"))
            .Send("yes").AssertReply(ReflectionConversationTests.Starts("I've paused your reflection on ESTHER and I'll remind you on Monday 30 November at 10:00"))
            .Send("what are ESTHER's principles?").AssertReply(ReflectionConversationTests.Starts("**ESTHER: Inclusivity principles**"))
            .Send("continue").AssertReply(Language.English[Phrase.ReflectionWelcomeBack]).AssertReply(Q1)
            .StartTestAsync();

        // Continuing early withdraws the reminder, so it never interrupts later.
        Assert.Empty(await bot.Reminders.DueAsync(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero), CancellationToken.None));
        Assert.Empty(await ReminderBookTests.RowsAsync(bot.Store, ReminderBook.Table));
        Assert.Empty(await ReminderBookTests.RowsAsync(bot.Store, ReminderBook.DueTable));
    }

    [Fact]
    public async Task PausingWithoutATimeKeepsTheAnswersAndStopEndsForToday()
    {
        await using var bot = await ReflectionChat.StartAsync();

        await bot.Flow()
            .Send("reflect on ESTHER").AssertReply(ReflectionConversationTests.Starts("Let's reflect")).AssertReply(Q1)
            .Send("First answer").AssertReply(ReflectionConversationTests.Starts("Question 2 of 3"))
            .Send("pause").AssertReply(Language.English.Format(Phrase.ReflectionPaused, "ESTHER"))
            .Send("stop").AssertReply(Language.English[Phrase.ReflectionStopForToday])
            .Send("reflect on case 3").AssertReply(Language.English.Format(Phrase.ReflectionPausedReflection, "ESTHER"))
            .Send("where am I").AssertReply(ReflectionConversationTests.Starts("You're on question 2 of 3"))
            .Send("resume").AssertReply(Language.English[Phrase.ReflectionWelcomeBack]).AssertReply(ReflectionConversationTests.Starts("Question 2 of 3"))
            .StartTestAsync();

        Assert.Empty(await ReminderBookTests.RowsAsync(bot.Store, ReminderBook.Table));
        Assert.Empty(await ReminderBookTests.RowsAsync(bot.Store, ReminderBook.DueTable));
    }

    private static Activity InZone(Microsoft.Bot.Builder.Adapters.TestAdapter adapter, string text, string zone)
    {
        var activity = adapter.MakeActivity(text);
        activity.LocalTimezone = zone;
        return activity;
    }
}
