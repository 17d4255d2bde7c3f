using System.Text.Json;
using CoproBot.Dialogs.Reminders;
using CoproBot.Storage.Privacy;
using CoproBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace CoproBot.Tests.Reflection;

public sealed class ReminderSweepTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);
    private readonly string _directory = Directory.CreateTempSubdirectory("coprobot-sweep-").FullName;

    private string DatabasePath => Path.Combine(_directory, "store.db");

    [Fact]
    public async Task ASweepFindsOnlyTheDueRemindersAndReadsAboutAsManyRowsAsAreDue()
    {
        var store = new RowCountingStore(new SqliteTableStore(DatabasePath));
        var book = ReminderBookTests.Book(store, Now.AddDays(-1));
        for (var i = 0; i < 500; i++)
        {
            // Pending at every minute of the next days, the nearest one minute after now.
            await book.SetAsync(Reminder($"pending-{i}", Now.AddMinutes(1 + (i * 7))), CancellationToken.None);
        }

        await book.SetAsync(Reminder("due-1", Now.AddSeconds(-30)), CancellationToken.None);
        await book.SetAsync(Reminder("due-2", Now), CancellationToken.None);
        await book.SetAsync(Reminder("due-3", Now.AddMinutes(-3)), CancellationToken.None);
        await book.DueAsync(Now.AddMinutes(-10), CancellationToken.None);

        store.Reset();
        var due = await book.DueAsync(Now, CancellationToken.None);

        Assert.Equal(["due-3", "due-1", "due-2"], due.Select(d => d.Reminder.ConversationId));
        // The three due and the cursor; one read for the cursor and one per minute from it to now.
        Assert.Equal(3 + 1, store.RowsRead);
        Assert.InRange(store.ReadCalls, 1 + 6, 1 + 16);
    }

    [Fact]
    public async Task RemindersThatFellDueDuringADaysLongOutageAreSentAfterTheRestartOldestFirst()
    {
        var before = new SqliteTableStore(DatabasePath);
        var book = ReminderBookTests.Book(before, Now);
        await book.DueAsync(Now, CancellationToken.None);
        var dues = new[] { Now.AddHours(2), Now.AddDays(1), Now.AddDays(2).AddMinutes(17), Now.AddDays(3) };
        for (var i = 0; i < dues.Length; i++)
        {
            await book.SetAsync(Reminder($"conv-{i}", dues[i]), CancellationToken.None);
        }

        // The bot is down for four days, then starts again over the same file.
        before.Dispose();
        SqliteConnection.ClearAllPools();
        var after = new SqliteTableStore(DatabasePath);
        var restarted = ReminderBookTests.Book(after, Now.AddDays(4));
        // A sweep walks at most a day of minutes, so four days take some sweeps: 30 seconds apart, a few minutes.
        var sent = await ReminderBookTests.SweepAsync(restarted, Now.AddDays(4), sweeps: 8);

        Assert.Equal(["conv-0", "conv-1", "conv-2", "conv-3"], sent);
        Assert.Empty(await ReminderBookTests.RowsAsync(after, ReminderBook.DueTable));
    }

    [Fact]
    public async Task RemindersStoredBeforeTheDueIndexExistedAreSentAfterTheUpgrade()
    {
        var store = new SqliteTableStore(DatabasePath);
        var index = new PersonalDataIndex(store);
        var old = new[] { Reminder("old-due", Now.AddDays(-2)), Reminder("old-soon", Now.AddMinutes(-1)), Reminder("old-later", Now.AddDays(1)) };
        foreach (var reminder in old)
        {
            // As the earlier version stored them: the reminder's JSON under the person and conversation, and nothing else.
            var person = PersonalDataIndex.PersonKey(reminder.ChannelId, reminder.UserId);
            await store.UpsertAsync(ReminderBook.Table, person, reminder.ConversationId, JsonSerializer.Serialize(reminder), CancellationToken.None);
            await index.RecordAsync(person, ReminderBook.Table, person, reminder.ConversationId, CancellationToken.None);
        }

        // The first sweeps file them under their minutes once, then walk from the oldest, two days back.
        var book = ReminderBookTests.Book(store, Now);
        Assert.Equal(["old-due", "old-soon"], await ReminderBookTests.SweepAsync(book, Now, sweeps: 3));
        Assert.Contains("\"DueMinute\"", Assert.Single(await ReminderBookTests.RowsAsync(store, ReminderBook.Table)).Data, StringComparison.Ordinal);
        Assert.Empty(await ReminderBookTests.SweepAsync(book, Now.AddMinutes(1)));
        Assert.Equal(["old-later"], await ReminderBookTests.SweepAsync(book, Now.AddDays(1), sweeps: 3));
        Assert.Empty(await ReminderBookTests.RowsAsync(store, ReminderBook.Table));
        Assert.Empty(await ReminderBookTests.RowsAsync(store, ReminderBook.DueTable));
    }

    [Fact]
    public async Task AReminderSetByAnEarlierVersionRunningAlongsideIsSentOnceANewInstanceStarts()
    {
        var store = new SqliteTableStore(DatabasePath);
        var running = ReminderBookTests.Book(store, Now.AddHours(-1));
        await ReminderBookTests.SweepAsync(running, Now.AddHours(-1));
        await ReminderBookTests.SweepAsync(running, Now.AddMinutes(-40));

        // An instance of the earlier version, still serving, stores two reminders its own way.
        foreach (var reminder in new[] { Reminder("old-missed", Now.AddMinutes(-30)), Reminder("old-later", Now.AddHours(1)) })
        {
            var person = PersonalDataIndex.PersonKey(reminder.ChannelId, reminder.UserId);
            await store.UpsertAsync(ReminderBook.Table, person, reminder.ConversationId, JsonSerializer.Serialize(reminder), CancellationToken.None);
        }

        var started = ReminderBookTests.Book(store, Now);
        Assert.Equal(["old-missed"], await ReminderBookTests.SweepAsync(started, Now));
        Assert.Equal(["old-later"], await ReminderBookTests.SweepAsync(started, Now.AddHours(1), sweeps: 2));
        Assert.Empty(await ReminderBookTests.SweepAsync(ReminderBookTests.Book(store, Now), Now.AddDays(1), sweeps: 3));
    }

    [Fact]
    public async Task ForgetMeRemovesTheDueEntriesWithTheReminders()
    {
        var store = new SqliteTableStore(DatabasePath);
        var index = new PersonalDataIndex(store);
        var book = new ReminderBook(store, index, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now));
        await book.SetAsync(Reminder("conv-a", Now.AddDays(1)), CancellationToken.None);
        await book.SetAsync(Reminder("conv-a", Now.AddDays(2)), CancellationToken.None);
        await book.SetAsync(Reminder("conv-b", Now.AddHours(3)), CancellationToken.None);
        await book.SetAsync(Reminder("conv-c", Now.AddHours(3)) with { UserId = "someone-else" }, CancellationToken.None);

        var person = PersonalDataIndex.PersonKey("msteams", "user-id");
        var mine = await index.FindAsync(person, CancellationToken.None);
        Assert.Equal(2, mine.Count(r => r.Table == ReminderBook.DueTable));
        Assert.Equal(2, mine.Count(r => r.Table == ReminderBook.Table));

        await index.ForgetAsync(person, CancellationToken.None);

        var left = await ReminderBookTests.RowsAsync(store, ReminderBook.DueTable);
        Assert.Equal("conv-c", Assert.Single(await ReminderBookTests.RowsAsync(store, ReminderBook.Table)).RowKey);
        Assert.DoesNotContain(left, row => row.Data.Contains("\"user-id\"", StringComparison.Ordinal));
        Assert.Equal(["conv-c"], await ReminderBookTests.SweepAsync(book, Now.AddHours(3)));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static Reminder Reminder(string conversation, DateTimeOffset due) => new("msteams", conversation, "user-id", due, "UTC", "ESTHER");
}
