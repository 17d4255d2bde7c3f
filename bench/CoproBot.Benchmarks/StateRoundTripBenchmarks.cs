using System.Text;
using BenchmarkDotNet.Attributes;
using CoproBot.Bot.State;
using CoproBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json.Linq;

namespace CoproBot.Benchmarks;

/// <summary>A person's state in the middle of a reflection, read and written on the embedded store: through Bot Framework's
/// storage (JSON parsed and written again) against the raw store moving the same bytes.</summary>
/// <remarks>The state is the one a real reflection on ESTHER stores after 3 answers and 5 ratings, about 1.4 KB.</remarks>
[MemoryDiagnoser]
public class StateRoundTripBenchmarks : IDisposable
{
    private const string Key = "msteams/conversations/a:benchmark/users/user-1";
    private static readonly string[] Keys = [Key];

    private string _directory = string.Empty;
    private SqliteTableStore _store = null!;
    private TableBotStorage _storage = null!;
    private IDictionary<string, object> _state = null!;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _store?.Dispose();
        }
    }

    [Benchmark(Baseline = true, Description = "SqliteTableStore: Get + Upsert of the same bytes")]
    public async Task<int> RawStore()
    {
        var entity = await _store.GetAsync(TableBotStorage.Table, Key, TableBotStorage.RowKey, CancellationToken.None);
        await _store.UpsertAsync(TableBotStorage.Table, Key, TableBotStorage.RowKey, entity!.Data, CancellationToken.None);
        return entity.Data.Length;
    }

    [Benchmark(Description = "TableBotStorage over SqliteTableStore: read + write")]
    public async Task<int> BotStorage()
    {
        var items = await _storage.ReadAsync(Keys, CancellationToken.None);
        await _storage.WriteAsync(new Dictionary<string, object> { [Key] = _state }, CancellationToken.None);
        return items.Count;
    }

    private async Task SetupAsync()
    {
        // A real reflection's state, taken from the dialog in memory and stored as the bot would store it.
        var harness = new ReflectionHarness(new MemoryTableStore());
        await harness.ExpectAsync(ReflectionHarness.Start, "Let's reflect");
        foreach (var answer in ReflectionHarness.Answers)
        {
            await harness.SayAsync(answer);
        }

        for (var principle = 1; principle <= 4; principle++)
        {
            await harness.ExpectAsync(principle % 2 == 0 ? "mostly" : "4", "Any note on");
            await harness.ExpectAsync("skip", $"Principle {principle + 1} of 6");
        }

        await harness.ExpectAsync("4", "Any note on");
        var data = (await harness.StoredStateAsync()).Data;
        Console.WriteLine($"// The reflection's stored state: {Encoding.UTF8.GetByteCount(data)} bytes");

        _directory = Directory.CreateTempSubdirectory("coprobot-benchmarks-").FullName;
        _store = new SqliteTableStore(Path.Combine(_directory, "store.db"));
        _storage = new TableBotStorage(_store);
        await _store.UpsertAsync(TableBotStorage.Table, Key, TableBotStorage.RowKey, data, CancellationToken.None);

        // What BotState hands to storage when it saves: the state it read, as a dictionary, ETag and all.
        var read = await _storage.ReadAsync(Keys, CancellationToken.None);
        _state = ((JObject)read[Key]).ToObject<IDictionary<string, object>>()!;
    }
}
