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

    [Fact]
    public async Task ClosingTheStoreWhileWritesAreUnderWayWaitsForThemAndRefusesLaterOnes()
    {
        var path = Path.Combine(_folder.FullName, "closing.db");
        var store = new SqliteTableStore(path);
        var writes = Enumerable.Range(0, 200).Select(i => Task.Run(() => store.UpsertAsync("contract", "p", $"row-{i:D3}", new string('x', 2_000), CancellationToken.None))).ToList();

        // Work that outlives a request can still be writing when the host shuts down and disposes the store.
        store.Dispose();
        var outcomes = await Task.WhenAll(writes.Select(async write =>
        {
            try
            {
                await write;
                return "written";
            }
            catch (ObjectDisposedException)
            {
                return "refused";
            }
        }));

        // Every write either happened or was refused plainly, and what was written is there, whole.
        using var reopened = new SqliteTableStore(path);
        var stored = new List<StoredEntity>();
        await foreach (var row in reopened.QueryPartitionAsync("contract", "p", CancellationToken.None))
        {
            stored.Add(row);
        }

        Assert.Equal(outcomes.Count(o => o == "written"), stored.Count);
        Assert.All(stored, row => Assert.Equal(2_000, row.Data.Length));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
