using CoproBot.Storage.Sqlite;
using CoproBot.Storage.Tables;

namespace CoproBot.Tests.Storage;

public sealed class SqliteTableStoreTests : TableStoreContract, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("coprobot-sqlite-");

    public SqliteTableStoreTests()
    {
        Store = new SqliteTableStore(Path.Combine(_folder.FullName, "store.db"));
    }

    protected override ITableStore Store { get; }

    [Fact]
    public async Task DataSurvivesANewStoreOverTheSameFile()
    {
        await Store.UpsertAsync("contract", "p", "durable", "kept", CancellationToken.None);

        var reopened = new SqliteTableStore(Path.Combine(_folder.FullName, "store.db"));

        Assert.Equal("kept", (await reopened.GetAsync("contract", "p", "durable", CancellationToken.None))!.Data);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
