using CoproBot.Storage.Sqlite;
using CoproBot.Storage.Tables;

namespace CoproBot.Tests.Knowledge;

/// <summary>The knowledge store contract over a SQLite file in a temporary folder.</summary>
public sealed class SqliteKnowledgeStoreTests : KnowledgeStoreContract, IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"coprobot-kb-{Guid.NewGuid():N}");
    private readonly SqliteTableStore _store;

    public SqliteKnowledgeStoreTests()
    {
        _store = new SqliteTableStore(Path.Combine(_directory, "knowledge.db"));
    }

    protected override ITableStore Store => _store;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
