using Azure.Data.Tables;
using CoproBot.Bot.Hosting;
using CoproBot.Storage.Tables;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoproBot.Tests.Infrastructure;

/// <summary>Every row of every table a bot's store holds, read past the store's own contract, as one line each.</summary>
/// <remarks>
/// It lists the tables the backend has rather than the ones the bot names, so a table nobody thought of is read too:
/// in Azure Table Storage every table with the bot's prefix, every property of every entity (keys decoded); in the
/// embedded store every entity of its file.
/// </remarks>
public static class StoreScan
{
    public static async Task<List<string>> EveryRowAsync(BotHost host)
    {
        var options = host.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        return options.UsesAzure
            ? await AzureRowsAsync(options.AzureTablesConnectionString, options.TablePrefix)
            : await EmbeddedRowsAsync(options.EmbeddedFilePath);
    }

    private static async Task<List<string>> AzureRowsAsync(string connectionString, string prefix)
    {
        var service = new TableServiceClient(connectionString);
        var rows = new List<string>();
        await foreach (var table in service.QueryAsync(cancellationToken: CancellationToken.None))
        {
            if (!table.Name.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            await foreach (var entity in service.GetTableClient(table.Name).QueryAsync<TableEntity>(cancellationToken: CancellationToken.None))
            {
                var values = entity.Where(p => p.Key is not ("odata.etag" or "Timestamp")).Select(p => $"{p.Key}={p.Value}");
                rows.Add($"{table.Name} {StorageKey.Decode(entity.PartitionKey)} {StorageKey.Decode(entity.RowKey)} {string.Join(' ', values)}");
            }
        }

        return rows;
    }

    private static async Task<List<string>> EmbeddedRowsAsync(string path)
    {
        var rows = new List<string>();
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT tbl, pk, rk, data FROM entities";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add($"{reader.GetString(0)} {reader.GetString(1)} {reader.GetString(2)} {reader.GetString(3)}");
        }

        return rows;
    }
}
