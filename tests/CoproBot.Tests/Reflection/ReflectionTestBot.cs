using CoproBot.Bot.Care;
using CoproBot.Bot.State;
using CoproBot.Dialogs.Care;
using CoproBot.Dialogs.Reflection;
using CoproBot.Dialogs.Reminders;
using CoproBot.Dialogs.Understanding;
using CoproBot.Knowledge.Catalog;
using CoproBot.Knowledge.Store;
using CoproBot.Storage.Privacy;
using CoproBot.Storage.Sqlite;
using CoproBot.Storage.Tables;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CoproBot.Tests.Reflection;

/// <summary>Reflections over a real SQLite store, run from a turn handler in the host's order: the host's own crisis check first, then reflections.</summary>
internal sealed class ReflectionTestBot
{
    public const string NotAReflection = "(the rest of the bot answers)";

    public ReflectionTestBot(string databasePath, FakeTimeProvider? clock = null, ReflectionOptions? options = null)
    {
        Clock = clock ?? new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));
        Store = new TableCountingStore(new SqliteTableStore(databasePath));
        var index = new PersonalDataIndex(Store);
        Archive = new ReflectionArchive(Store, index);
        Reminders = new ReminderBook(Store, index, Clock);
        var catalog = new KnowledgeCatalog(new KnowledgeStore(Store, Clock, NullLogger<KnowledgeStore>.Instance), NullLogger<KnowledgeCatalog>.Instance);
        Care = new CareOptions();
        Care.AddDefaultRegions();
        var reader = new MeaningReader(MeaningVocabulary.Shipped, catalog);
        var dialog = new ReflectionDialog(catalog, Archive, options ?? new ReflectionOptions(), Clock, reader);
        Turns = new ReflectionTurns(new PrivateConversationState(new TableBotStorage(Store)), dialog, Archive, Reminders, catalog, Clock, reader, NullLogger<ReflectionTurns>.Instance);
        Support = new CrisisSupport(CrisisDetector.Shared, Turns, Options.Create(Care), NullLogger<CrisisSupport>.Instance);
    }

    public FakeTimeProvider Clock { get; }

    public TableCountingStore Store { get; }

    public ReflectionArchive Archive { get; }

    public ReminderBook Reminders { get; }

    public CareOptions Care { get; }

    public ReflectionTurns Turns { get; }

    public CrisisSupport Support { get; }

    public static TestAdapter NewAdapter(string conversation = "reflection-tests") => new(TestAdapter.CreateConversation(conversation));

    public TestFlow Flow(TestAdapter? adapter = null) => new(adapter ?? NewAdapter(), OnTurnAsync);

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (await Support.TryOfferAsync(turnContext, cancellationToken))
        {
            return;
        }

        if (!await Turns.TryHandleAsync(turnContext, turnContext.Activity.Text?.Trim() ?? string.Empty, cancellationToken))
        {
            await turnContext.SendActivityAsync(NotAReflection, cancellationToken: cancellationToken);
        }
    }

    /// <summary>Every row of every table, keys and data: what a scan of the store would find.</summary>
    public async Task<List<string>> AllRowsAsync()
    {
        var rows = new List<string>();
        foreach (var table in new[] { TableBotStorage.Table, ReflectionArchive.Table, ReminderBook.Table, PersonalDataIndex.Table })
        {
            await foreach (var row in ((ITableStore)Store).QueryTableAsync(table, CancellationToken.None))
            {
                rows.Add($"{table} {row.PartitionKey} {row.RowKey} {row.Data}");
            }
        }

        return rows;
    }
}
