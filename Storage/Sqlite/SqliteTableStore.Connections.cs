using System.Security.Cryptography;
using CoproBot.Storage.Tables;
using Microsoft.Data.Sqlite;

namespace CoproBot.Storage.Sqlite;

/// <summary>The file's connections (one writer, pooled readers), its schema, and the commands run on it.</summary>
public sealed partial class SqliteTableStore
{
    private async Task<SqliteConnection> OpenWriterAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();

        // A connection setting, not a file one: it holds for this connection's commits (durable across process crashes).
        command.CommandText = "PRAGMA synchronous = NORMAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, string table, string? partitionKey, string? rowKey)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$t", table);
        if (partitionKey is not null)
        {
            command.Parameters.AddWithValue("$p", partitionKey);
        }

        if (rowKey is not null)
        {
            command.Parameters.AddWithValue("$r", rowKey);
        }

        return command;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private void Initialize()
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        // WAL (kept in the file) lets readers go on while a writer commits.
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS entities (
                tbl TEXT NOT NULL,
                pk TEXT NOT NULL,
                rk TEXT NOT NULL,
                data TEXT NOT NULL,
                etag TEXT NOT NULL,
                PRIMARY KEY (tbl, pk, rk)
            ) WITHOUT ROWID;
            """;
        command.ExecuteNonQuery();
    }

    // Busy past the timeout, locked, out of disk or unreadable: the write did not happen and can be tried again.
    private static StorageUnavailableException Unavailable(SqliteException e) =>
        new($"The embedded store could not be used just now (SQLite error {e.SqliteErrorCode}); nothing was changed.", e);

    private static string NewETag() => "W/\"" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)) + "\"";
}
