using CoproBot.Bot.Hosting;
using CoproBot.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoproBot.Tests.Care;

/// <summary>Where the words of a crisis must never be found: any table of the embedded store, or a log line at Information or above.</summary>
internal static class CareTraces
{
    /// <summary>Fails if any of the words is in any cell of any table of the host's SQLite file, or in a log line at Information or above.</summary>
    public static void AssertNowhere(BotHost host, CapturedLogs logs, params string[] words)
    {
        var rows = EveryStoredRow(host);
        Assert.NotEmpty(rows);
        var logged = logs.Lines.Where(line => line.Level >= LogLevel.Information).Select(line => line.Text).ToList();
        Assert.NotEmpty(logged);
        foreach (var word in words)
        {
            Assert.DoesNotContain(rows, row => row.Contains(word, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(logged, line => line.Contains(word, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>Every row of every table in the store's file, whatever the store calls its tables: each row's cells joined.</summary>
    public static List<string> EveryStoredRow(BotHost host)
    {
        var path = host.Services.GetRequiredService<IOptions<StorageOptions>>().Value.EmbeddedFilePath;
        Assert.True(File.Exists(path), $"The embedded store's file {path} does not exist.");
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var rows = new List<string>();
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                rows.Add(table + " " + string.Join(" ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? string.Empty : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            }
        }

        return rows;
    }
}
