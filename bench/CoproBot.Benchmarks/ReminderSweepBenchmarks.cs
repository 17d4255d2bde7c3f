using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CoproBot.Dialogs.Reminders;
using CoproBot.Storage.Privacy;
using CoproBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace CoproBot.Benchmarks;

/// <summary>One reminder sweep on the embedded SQLite store with 10 reminders due among 100 or 100,000 pending: through
/// the due index (find and claim what is due) against the earlier sweep, which read the whole reminders table.</summary>
/// <remarks>
/// The pending reminders are seeded once per size, through <see cref="ReminderBook.SetAsync"/>, spread over the next
/// 30 days; the 10 due are filed again before each iteration, since a sweep claims them. The rows and read calls of one
/// sweep are printed after seeding (lines starting <c>// Sweep</c>).
/// </remarks>
[MemoryDiagnoser]
public class ReminderSweepBenchmarks : IDisposable
{
    private const int Due = 10;
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);

    private string _directory = string.Empty;
    private SqliteTableStore _sqlite = null!;
    private RowCountingStore _store = null!;
    private ReminderBook _book = null!;

    [Params(100, 100_000)]
    public int Pending { get; set; }

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [IterationSetup]
    public void FileDueReminders() => FileDueAsync().GetAwaiter().GetResult();

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
            _sqlite?.Dispose();
        }
    }

    [Benchmark(Baseline = true, Description = "earlier sweep: read the whole reminders table")]
    public async Task<int> WholeTable()
    {
        var due = 0;
        await foreach (var row in _store.QueryTableAsync(ReminderBook.Table, CancellationToken.None))
        {
            due += JsonSerializer.Deserialize<Reminder>(row.Data)!.Due <= Now ? 1 : 0;
        }

        return due;
    }

    [Benchmark(Description = "due index: find and claim the due")]
    public async Task<int> DueIndex()
    {
        var claimed = 0;
        foreach (var due in await _book.DueAsync(Now, CancellationToken.None))
        {
            claimed += await _book.ClaimAsync(due, CancellationToken.None) ? 1 : 0;
        }

        return claimed;
    }

    private async Task SetupAsync()
    {
        _directory = Directory.CreateTempSubdirectory("coprobot-sweep-bench-").FullName;
        _sqlite = new SqliteTableStore(Path.Combine(_directory, "store.db"));
        _store = new RowCountingStore(_sqlite);

        // Reminders are set an hour before the sweep, as people set them ahead.
        _book = new ReminderBook(_store, new PersonalDataIndex(_store), new FakeTimeProvider(Now.AddHours(-1)));
        await _book.DueAsync(Now.AddHours(-1), CancellationToken.None);
        var spread = TimeSpan.FromDays(30) / Pending;
        for (var i = 0; i < Pending; i++)
        {
            var due = Now.AddMinutes(1) + (spread * i);
            await _book.SetAsync(Reminder("pending", i, due), CancellationToken.None);
        }

        // Sweeps every 30 seconds up to now, as the scheduler would have made, so the cursor is where it would be.
        for (var at = Now.AddHours(-1); at < Now; at = at.AddSeconds(30))
        {
            await _book.DueAsync(at, CancellationToken.None);
        }

        await FileDueAsync();
        _store.Reset();
        var claimed = await DueIndex();
        Console.WriteLine($"// Sweep through the due index, {Pending} pending: {claimed} claimed, {_store.RowsRead} rows read in {_store.ReadCalls} read calls");
        await FileDueAsync();
        _store.Reset();
        var found = await WholeTable();
        Console.WriteLine($"// Sweep over the whole table, {Pending} pending: {found} due found, {_store.RowsRead} rows read in {_store.ReadCalls} read calls");
    }

    private async Task FileDueAsync()
    {
        for (var i = 0; i < Due; i++)
        {
            await _book.SetAsync(Reminder("due", i, Now.AddSeconds(-25 * i)), CancellationToken.None);
        }
    }

    private static Reminder Reminder(string kind, int i, DateTimeOffset due) =>
        new("msteams", $"a:{kind}-{i.ToString(CultureInfo.InvariantCulture)}", $"user-{kind}-{i.ToString(CultureInfo.InvariantCulture)}", due, "UTC", "ESTHER");
}
