using System.Runtime.CompilerServices;
using CoproBot.Storage.Tables;
using Microsoft.Data.Sqlite;

namespace CoproBot.Storage.Sqlite;

/// <summary>The embedded default store: one SQLite file that survives restarts and needs no cloud account.</summary>
/// <remarks>
/// SQLite takes one writer at a time. Writes from this process wait their turn on one open connection instead of
/// contending for the file lock, which the driver would resolve by putting threads to sleep and polling; reads use
/// pooled connections and, with WAL, go on while a write commits. Another process writing to the same file (an
/// admin command, say) is still waited for, up to the busy timeout.
/// </remarks>
public sealed partial class SqliteTableStore : ITableStore, IDisposable
{
    private const int BusyTimeoutSeconds = 30;
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private SqliteConnection? _writer;
    private bool _disposed;

    public SqliteTableStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Default,
            Pooling = true,
            DefaultTimeout = BusyTimeoutSeconds,
        }.ToString();
        Initialize();
    }

    public async Task<StoredEntity?> GetAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        TableName.Validate(table);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var command = Command(connection, "SELECT data, etag FROM entities WHERE tbl = $t AND pk = $p AND rk = $r", table, partitionKey, rowKey);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken)
                ? new StoredEntity(partitionKey, rowKey, reader.GetString(0), reader.GetString(1))
                : null;
        }
        catch (SqliteException e)
        {
            throw Unavailable(e);
        }
    }

    public IAsyncEnumerable<StoredEntity> QueryPartitionAsync(string table, string partitionKey, CancellationToken cancellationToken) =>
        QueryAsync(table, partitionKey, cancellationToken);

    public IAsyncEnumerable<StoredEntity> QueryTableAsync(string table, CancellationToken cancellationToken) =>
        QueryAsync(table, null, cancellationToken);

    public async Task<WriteResult> InsertAsync(string table, string partitionKey, string rowKey, string data, CancellationToken cancellationToken)
    {
        StoreValues.CheckWrite(table, partitionKey, rowKey, data);
        var etag = NewETag();
        var written = await ExecuteAsync(
            "INSERT INTO entities (tbl, pk, rk, data, etag) VALUES ($t, $p, $r, $d, $e) ON CONFLICT DO NOTHING",
            table, partitionKey, rowKey, data, etag, null, cancellationToken);
        return written ? WriteResult.Ok(etag) : WriteResult.Conflict;
    }

    public async Task<WriteResult> ReplaceAsync(string table, string partitionKey, string rowKey, string data, string etag, CancellationToken cancellationToken)
    {
        StoreValues.CheckWrite(table, partitionKey, rowKey, data);
        ArgumentNullException.ThrowIfNull(etag);
        StoreValues.CheckETag(etag);
        var newETag = NewETag();
        var written = await ExecuteAsync(
            "UPDATE entities SET data = $d, etag = $e WHERE tbl = $t AND pk = $p AND rk = $r AND etag = $old",
            table, partitionKey, rowKey, data, newETag, etag, cancellationToken);
        if (written)
        {
            return WriteResult.Ok(newETag);
        }

        return await GetAsync(table, partitionKey, rowKey, cancellationToken) is null ? WriteResult.NotFound : WriteResult.Conflict;
    }

    public async Task<WriteResult> UpsertAsync(string table, string partitionKey, string rowKey, string data, CancellationToken cancellationToken)
    {
        StoreValues.CheckWrite(table, partitionKey, rowKey, data);
        var etag = NewETag();
        await ExecuteAsync(
            "INSERT INTO entities (tbl, pk, rk, data, etag) VALUES ($t, $p, $r, $d, $e) ON CONFLICT (tbl, pk, rk) DO UPDATE SET data = excluded.data, etag = excluded.etag",
            table, partitionKey, rowKey, data, etag, null, cancellationToken);
        return WriteResult.Ok(etag);
    }

    public async Task<WriteResult> DeleteAsync(string table, string partitionKey, string rowKey, string? etag, CancellationToken cancellationToken)
    {
        TableName.Validate(table);
        StoreValues.CheckETag(etag);
        var deleted = etag is null or "*"
            ? await ExecuteAsync("DELETE FROM entities WHERE tbl = $t AND pk = $p AND rk = $r", table, partitionKey, rowKey, null, null, null, cancellationToken)
            : await ExecuteAsync("DELETE FROM entities WHERE tbl = $t AND pk = $p AND rk = $r AND etag = $old", table, partitionKey, rowKey, null, null, etag, cancellationToken);
        if (deleted)
        {
            return WriteResult.Ok(string.Empty);
        }

        return await GetAsync(table, partitionKey, rowKey, cancellationToken) is null ? WriteResult.NotFound : WriteResult.Conflict;
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM entities WHERE 0";
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    private async IAsyncEnumerable<StoredEntity> QueryAsync(string table, string? partitionKey, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        TableName.Validate(table);
        var rows = new List<StoredEntity>();
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var command = partitionKey is null
                ? Command(connection, "SELECT pk, rk, data, etag FROM entities WHERE tbl = $t ORDER BY pk, rk", table, null, null)
                : Command(connection, "SELECT pk, rk, data, etag FROM entities WHERE tbl = $t AND pk = $p ORDER BY rk", table, partitionKey, null);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(new StoredEntity(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            }
        }
        catch (SqliteException e)
        {
            throw Unavailable(e);
        }

        foreach (var row in rows)
        {
            yield return row;
        }
    }

    /// <summary>Closes the writer's connection once any write in progress has finished; later writes are refused.</summary>
    /// <remarks>
    /// The connection is never closed under a write: SQLite connections are not safe to close from another thread,
    /// and work that outlives a request (a Discord turn, a background sweep) may still be writing at shutdown.
    /// </remarks>
    public void Dispose()
    {
        _writeGate.Wait();
        try
        {
            _disposed = true;
            _writer?.Dispose();
            _writer = null;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task<bool> ExecuteAsync(string sql, string table, string partitionKey, string rowKey, string? data, string? etag, string? oldETag, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _writer ??= await OpenWriterAsync(cancellationToken);
            await using var command = Command(_writer, sql, table, partitionKey, rowKey);
            command.Parameters.AddWithValue("$d", (object?)data ?? DBNull.Value);
            command.Parameters.AddWithValue("$e", (object?)etag ?? DBNull.Value);
            command.Parameters.AddWithValue("$old", (object?)oldETag ?? DBNull.Value);
            return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
        }
        catch (SqliteException e)
        {
            // The connection may be what failed (a disk error, a file replaced): the next write opens a new one.
            _writer?.Dispose();
            _writer = null;
            throw Unavailable(e);
        }
        finally
        {
            _writeGate.Release();
        }
    }

}
