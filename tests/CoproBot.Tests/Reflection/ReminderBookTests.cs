using CoproBot.Dialogs.Reminders;
using CoproBot.Storage.Azure;
using CoproBot.Storage.Privacy;
using CoproBot.Storage.Sqlite;
using CoproBot.Storage.Tables;
using CoproBot.Tests.Infrastructure;

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
        var book = new ReminderBook(store, new PersonalDataIndex(store));
        await book.SetAsync(new Reminder("msteams", "a:conv", "user-id", Due, "UTC", "ESTHER"), CancellationToken.None);

        // Both instances read the reminder before either claims it.
        var seenByOne = Assert.Single(await book.DueAsync(Due, CancellationToken.None));
        var seenByOther = Assert.Single(await book.DueAsync(Due, CancellationToken.None));
        var claims = await Task.WhenAll(book.ClaimAsync(seenByOne, CancellationToken.None), book.ClaimAsync(seenByOther, CancellationToken.None));

        Assert.Equal(1, claims.Count(c => c));
        Assert.Empty(await book.DueAsync(DateTimeOffset.MaxValue, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task AReminderIsNotDueBeforeItsTimeAndANewOneReplacesTheOld(string kind)
    {
        var store = Store(kind);
        var book = new ReminderBook(store, new PersonalDataIndex(store));
        await book.SetAsync(new Reminder("msteams", "a:conv", "user-id", Due, "UTC", "ESTHER"), CancellationToken.None);
        await book.SetAsync(new Reminder("msteams", "a:conv", "user-id", Due.AddDays(1), "UTC", "ESTHER"), CancellationToken.None);

        Assert.Empty(await book.DueAsync(Due, CancellationToken.None));
        Assert.Equal(Due.AddDays(1), Assert.Single(await book.DueAsync(Due.AddDays(1), CancellationToken.None)).Reminder.Due);
    }

    private ITableStore Store(string kind) => kind == "azure"
        ? new AzureTableStore(azurite.ConnectionString, "m" + Guid.NewGuid().ToString("N")[..12], TimeSpan.FromSeconds(10))
        : new SqliteTableStore(Path.Combine(Directory.CreateTempSubdirectory("coprobot-reminders-").FullName, "store.db"));
}
