using CoproBot.Dialogs.Reminders;
using CoproBot.Storage.Azure;
using CoproBot.Storage.Privacy;
using CoproBot.Storage.Sqlite;
using CoproBot.Storage.Tables;
using CoproBot.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace CoproBot.Tests.Reflection;

[Collection(AzuriteGroup.Name)]
public sealed class ReminderBookTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Due = new(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Stores => new() { "embedded", "azure" };

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task OfTwoInstancesClaimingTheSameDueReminderOnlyOneSucceeds(string kind)
    {
        var store = Store(kind);
        var book = Book(store, Due.AddDays(-1));
        await book.SetAsync(new Reminder("msteams", "a:conv", "user-id", Due, "UTC", "ESTHER"), CancellationToken.None);

        // Both instances read the reminder before either claims it.
        var seenByOne = Assert.Single(await book.DueAsync(Due, CancellationToken.None));
        var seenByOther = Assert.Single(await Book(store, Due).DueAsync(Due, CancellationToken.None));
        var claims = await Task.WhenAll(book.ClaimAsync(seenByOne, CancellationToken.None), book.ClaimAsync(seenByOther, CancellationToken.None));

        Assert.Equal(1, claims.Count(c => c));
        Assert.Empty(await book.DueAsync(Due.AddMinutes(1), CancellationToken.None));
        Assert.Empty(await RowsAsync(store, ReminderBook.Table));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task TwoInstancesSweepingAtOnceSendEachDueReminderExactlyOnce(string kind)
    {
        var store = Store(kind);
        var setter = Book(store, Due.AddDays(-1));
        for (var i = 0; i < 12; i++)
        {
            await setter.SetAsync(new Reminder("msteams", $"a:conv-{i}", $"user-{i}", Due.AddSeconds(i * 20), "UTC", "ESTHER"), CancellationToken.None);
        }

        await setter.SetAsync(new Reminder("msteams", "a:later", "user-later", Due.AddHours(1), "UTC", "ESTHER"), CancellationToken.None);

        // Two instances, each with its own index and clock, sweep at the same moment and claim what they read.
        var now = Due.AddMinutes(5);
        var sent = await Task.WhenAll(SweepAsync(Book(store, now), now), SweepAsync(Book(store, now), now));

        var all = sent.SelectMany(s => s).ToList();
        Assert.Equal(12, all.Count);
        Assert.Equal(12, all.Distinct().Count());
        Assert.Empty(await Book(store, now).DueAsync(now.AddMinutes(1), CancellationToken.None));
        Assert.Equal("a:later", Assert.Single(await Book(store, now).DueAsync(Due.AddHours(1), CancellationToken.None)).Reminder.ConversationId);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task AReminderIsNotDueBeforeItsTimeAndANewOneReplacesTheOld(string kind)
    {
        var store = Store(kind);
        var book = Book(store, Due.AddDays(-1));
        await book.SetAsync(new Reminder("msteams", "a:conv", "user-id", Due, "UTC", "ESTHER"), CancellationToken.None);
        await book.SetAsync(new Reminder("msteams", "a:conv", "user-id", Due.AddDays(1), "UTC", "ESTHER"), CancellationToken.None);

        Assert.Empty(await book.DueAsync(Due.AddSeconds(-1), CancellationToken.None));
        Assert.Empty(await book.DueAsync(Due, CancellationToken.None));
        Assert.Empty(await book.DueAsync(Due.AddHours(23), CancellationToken.None));
        Assert.Equal(Due.AddDays(1), Assert.Single(await book.DueAsync(Due.AddDays(1), CancellationToken.None)).Reminder.Due);
        Assert.Single(await RowsAsync(store, ReminderBook.DueTable));
    }

    [Fact]
    public async Task AWithdrawnReminderIsNotSentAndLeavesNoEntry()
    {
        var store = Store("embedded");
        var book = Book(store, Due.AddDays(-1));
        await book.SetAsync(new Reminder("msteams", "a:conv", "user-id", Due, "UTC", "ESTHER"), CancellationToken.None);
        await book.SetAsync(new Reminder("msteams", "a:other", "user-id", Due, "UTC", "CMHA"), CancellationToken.None);
        await book.WithdrawAsync("msteams", "a:conv", "user-id", CancellationToken.None);

        var due = Assert.Single(await book.DueAsync(Due.AddMinutes(1), CancellationToken.None));
        Assert.Equal("a:other", due.Reminder.ConversationId);
        Assert.Single(await RowsAsync(store, ReminderBook.DueTable));
    }

    [Fact]
    public async Task AnEntryLeftByAnInterruptedReplacementIsDroppedNotSentAtTheEarlierTime()
    {
        var store = new FailingDeleteStore(Store("embedded"), ReminderBook.DueTable);
        var book = Book(store, Due.AddDays(-1));
        await book.SetAsync(new Reminder("msteams", "a:conv", "user-id", Due, "UTC", "ESTHER"), CancellationToken.None);
        store.FailNextDelete();
        await Assert.ThrowsAsync<StorageUnavailableException>(() =>
            book.SetAsync(new Reminder("msteams", "a:conv", "user-id", Due.AddDays(1), "UTC", "ESTHER"), CancellationToken.None));

        // The entry filed at the earlier time is still there, but the person's reminder now says the later one.
        var stale = Assert.Single(await book.DueAsync(Due.AddMinutes(1), CancellationToken.None));
        Assert.False(await book.ClaimAsync(stale, CancellationToken.None));
        Assert.Empty(await book.DueAsync(Due.AddMinutes(2), CancellationToken.None));
        Assert.Equal(["a:conv"], await SweepAsync(book, Due.AddDays(1), sweeps: 3));
    }

    internal static ReminderBook Book(ITableStore store, DateTimeOffset now) => new(store, new PersonalDataIndex(store), new FakeTimeProvider(now));

    internal static async Task<List<StoredEntity>> RowsAsync(ITableStore store, string table)
    {
        var rows = new List<StoredEntity>();
        await foreach (var row in store.QueryTableAsync(table, CancellationToken.None))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Sweeps as the scheduler does, <paramref name="sweeps"/> times at <paramref name="now"/>, and returns what was claimed.</summary>
    /// <remarks>One sweep walks at most a day of minutes, so a jump of a day or more takes a few, as after an outage.</remarks>
    internal static async Task<List<string>> SweepAsync(ReminderBook book, DateTimeOffset now, int sweeps = 1)
    {
        var claimed = new List<string>();
        for (var i = 0; i < sweeps; i++)
        {
            foreach (var due in await book.DueAsync(now, CancellationToken.None))
            {
                if (await book.ClaimAsync(due, CancellationToken.None))
                {
                    claimed.Add(due.Reminder.ConversationId);
                }
            }
        }

        return claimed;
    }

    private ITableStore Store(string kind) => kind == "azure"
        ? new AzureTableStore(azurite.ConnectionString, "m" + Guid.NewGuid().ToString("N")[..12], TimeSpan.FromSeconds(10))
        : new SqliteTableStore(Path.Combine(Directory.CreateTempSubdirectory("coprobot-reminders-").FullName, "store.db"));
}
