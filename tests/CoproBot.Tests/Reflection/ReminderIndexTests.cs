using CoproBot.Dialogs.Reminders;
using CoproBot.Storage.Privacy;
using CoproBot.Storage.Sqlite;
using CoproBot.Storage.Tables;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Reflection;

/// <summary>A reminder is named in the person's data index exactly while it is kept: not after it is sent or withdrawn, always while it waits.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class ReminderIndexTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Due = new(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);
    private static readonly string Person = PersonalDataIndex.PersonKey("msteams", "user-id");

    public static TheoryData<string> Stores => new() { "embedded", "azure" };

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task ASentReminderLeavesNoNameOfThePersonBehind(string kind)
    {
        var store = Store(kind);
        var book = ReminderBookTests.Book(store, Due.AddDays(-1));
        await book.SetAsync(Reminder("a:conv", Due), CancellationToken.None);
        Assert.Equal(2, (await NamesAsync(store)).Count);

        Assert.Equal(["a:conv"], await ReminderBookTests.SweepAsync(ReminderBookTests.Book(store, Due), Due));

        Assert.Empty(await NamesAsync(store));
    }

    [Fact]
    public async Task AWithdrawnReminderLeavesNoNameBehindAndAnotherKeepsItsOwn()
    {
        var store = Store("embedded");
        var book = ReminderBookTests.Book(store, Due.AddDays(-1));
        await book.SetAsync(Reminder("a:conv", Due), CancellationToken.None);
        await book.SetAsync(Reminder("a:other", Due), CancellationToken.None);

        await book.WithdrawAsync("msteams", "a:conv", "user-id", CancellationToken.None);

        var names = await NamesAsync(store);
        Assert.Equal(2, names.Count);
        Assert.All(names, name => Assert.Contains("a:other", name, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task AReminderSetJustAfterTheEarlierOneIsTakenOutKeepsItsNames(string kind)
    {
        // The earlier reminder of the conversation is claimed by one instance; between its row going and its name
        // going, another instance stores the person's new reminder for the same conversation.
        var store = new InterleavingStore(Store(kind));
        var book = ReminderBookTests.Book(store, Due.AddDays(-1));
        await book.SetAsync(Reminder("a:conv", Due), CancellationToken.None);
        var earlier = Assert.Single(await ReminderBookTests.Book(store, Due).DueAsync(Due, CancellationToken.None));
        store.After("delete", ReminderBook.Table, () => ReminderBookTests.Book(store, Due).SetAsync(Reminder("a:conv", Due.AddDays(1)), CancellationToken.None));

        Assert.True(await ReminderBookTests.Book(store, Due).ClaimAsync(earlier, CancellationToken.None));

        await AssertNamedAsync(store, Due.AddDays(1));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task AReminderWhoseWriteWaitsWhileTheEarlierOneIsClaimedKeepsItsNames(string kind)
    {
        // The other order: the new reminder is named, then its write waits while the earlier one is claimed whole.
        var store = new InterleavingStore(Store(kind));
        var book = ReminderBookTests.Book(store, Due);
        await ReminderBookTests.Book(store, Due.AddDays(-1)).SetAsync(Reminder("a:conv", Due), CancellationToken.None);
        var earlier = Assert.Single(await book.DueAsync(Due, CancellationToken.None));
        store.Before("upsert", ReminderBook.Table, async () => Assert.True(await book.ClaimAsync(earlier, CancellationToken.None)));

        await book.SetAsync(Reminder("a:conv", Due.AddDays(1)), CancellationToken.None);

        await AssertNamedAsync(store, Due.AddDays(1));
    }

    // The person's new reminder is kept, due when it should be, and both its row and its due entry are in their index.
    private static async Task AssertNamedAsync(ITableStore store, DateTimeOffset due)
    {
        var records = await new PersonalDataIndex(store).FindAsync(Person, CancellationToken.None);
        Assert.Equal([ReminderBook.DueTable, ReminderBook.Table], records.Select(r => r.Table).Order(StringComparer.Ordinal));
        Assert.All(records, record => Assert.Contains(due.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), record.Entity.Data, StringComparison.Ordinal));
        Assert.Equal(["a:conv"], await ReminderBookTests.SweepAsync(ReminderBookTests.Book(store, due), due, sweeps: 3));
    }

    private static async Task<List<string>> NamesAsync(ITableStore store)
    {
        var names = new List<string>();
        await foreach (var row in store.QueryPartitionAsync(PersonalDataIndex.Table, Person, CancellationToken.None))
        {
            names.Add(row.Data);
        }

        return names;
    }

    private static Reminder Reminder(string conversationId, DateTimeOffset due) => new("msteams", conversationId, "user-id", due, "UTC", "ESTHER");

    private ITableStore Store(string kind) => kind == "azure"
        ? new CoproBot.Storage.Azure.AzureTableStore(azurite.ConnectionString, "n" + Guid.NewGuid().ToString("N")[..12], TimeSpan.FromSeconds(10))
        : new SqliteTableStore(Path.Combine(Directory.CreateTempSubdirectory("coprobot-reminder-names-").FullName, "store.db"));
}
