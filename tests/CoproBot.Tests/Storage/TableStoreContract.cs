using CoproBot.Bot.State;
using CoproBot.Storage.Tables;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace CoproBot.Tests.Storage;

/// <summary>The storage contract: every store must pass the same tests.</summary>
public abstract class TableStoreContract
{
    private const string Table = "contract";

    protected abstract ITableStore Store { get; }

    [Fact]
    public async Task AnInsertedEntityIsReadBackWithItsETag()
    {
        var written = await Store.InsertAsync(Table, "p", "r", "{\"a\":1}", CancellationToken.None);

        var read = await Store.GetAsync(Table, "p", "r", CancellationToken.None);

        Assert.True(written.Succeeded);
        Assert.NotNull(read);
        Assert.Equal("{\"a\":1}", read.Data);
        Assert.Equal(written.ETag, read.ETag);
    }

    [Fact]
    public async Task AMissingEntityReadsAsNull()
    {
        Assert.Null(await Store.GetAsync(Table, "nobody", "nothing", CancellationToken.None));
    }

    [Fact]
    public async Task ASecondInsertOfTheSameKeyIsAConflictAndChangesNothing()
    {
        await Store.InsertAsync(Table, "p", "twice", "first", CancellationToken.None);

        var second = await Store.InsertAsync(Table, "p", "twice", "second", CancellationToken.None);

        Assert.Equal(WriteStatus.Conflict, second.Status);
        Assert.Equal("first", (await Store.GetAsync(Table, "p", "twice", CancellationToken.None))!.Data);
    }

    [Fact]
    public async Task AReplaceWithTheCurrentETagSucceedsAndAStaleOneConflicts()
    {
        var first = await Store.InsertAsync(Table, "p", "etag", "v1", CancellationToken.None);
        var second = await Store.ReplaceAsync(Table, "p", "etag", "v2", first.ETag!, CancellationToken.None);

        var stale = await Store.ReplaceAsync(Table, "p", "etag", "v3", first.ETag!, CancellationToken.None);

        Assert.True(second.Succeeded);
        Assert.NotEqual(first.ETag, second.ETag);
        Assert.Equal(WriteStatus.Conflict, stale.Status);
        Assert.Equal("v2", (await Store.GetAsync(Table, "p", "etag", CancellationToken.None))!.Data);
    }

    [Fact]
    public async Task AReplaceOfAMissingEntityIsNotFound()
    {
        var result = await Store.ReplaceAsync(Table, "p", "absent", "v", "W/\"whatever\"", CancellationToken.None);

        Assert.Equal(WriteStatus.NotFound, result.Status);
    }

    [Fact]
    public async Task AnUpsertWritesWhateverIsStored()
    {
        await Store.UpsertAsync(Table, "p", "upsert", "v1", CancellationToken.None);
        await Store.UpsertAsync(Table, "p", "upsert", "v2", CancellationToken.None);

        Assert.Equal("v2", (await Store.GetAsync(Table, "p", "upsert", CancellationToken.None))!.Data);
    }

    [Fact]
    public async Task ADeleteWithAStaleETagConflictsAndWithTheCurrentOneRemoves()
    {
        var first = await Store.InsertAsync(Table, "p", "delete", "v1", CancellationToken.None);
        var second = await Store.ReplaceAsync(Table, "p", "delete", "v2", first.ETag!, CancellationToken.None);

        var stale = await Store.DeleteAsync(Table, "p", "delete", first.ETag, CancellationToken.None);
        var current = await Store.DeleteAsync(Table, "p", "delete", second.ETag, CancellationToken.None);
        var again = await Store.DeleteAsync(Table, "p", "delete", null, CancellationToken.None);

        Assert.Equal(WriteStatus.Conflict, stale.Status);
        Assert.True(current.Succeeded);
        Assert.Equal(WriteStatus.NotFound, again.Status);
        Assert.Null(await Store.GetAsync(Table, "p", "delete", CancellationToken.None));
    }

    [Fact]
    public async Task APartitionQueryReturnsOnlyThatPartitionInRowKeyOrder()
    {
        await Store.UpsertAsync(Table, "case-b", "2", "b2", CancellationToken.None);
        await Store.UpsertAsync(Table, "case-a", "2", "a2", CancellationToken.None);
        await Store.UpsertAsync(Table, "case-a", "1", "a1", CancellationToken.None);

        var rows = await ToListAsync(Store.QueryPartitionAsync(Table, "case-a", CancellationToken.None));

        Assert.Equal(["1", "2"], rows.Select(r => r.RowKey));
        Assert.All(rows, r => Assert.Equal("case-a", r.PartitionKey));
    }

    [Fact]
    public async Task KeysWithCharactersTablesForbidAreStoredAndReturnedUnchanged()
    {
        const string partition = "msteams/conversations/19:a#b?c\\d%e\u0001f";
        const string row = "row/with#odd?chars";
        await Store.UpsertAsync(Table, partition, row, "odd", CancellationToken.None);

        var read = await Store.GetAsync(Table, partition, row, CancellationToken.None);
        var rows = await ToListAsync(Store.QueryPartitionAsync(Table, partition, CancellationToken.None));

        Assert.Equal("odd", read!.Data);
        Assert.Equal(partition, Assert.Single(rows).PartitionKey);
        Assert.Equal(row, rows[0].RowKey);
    }

    [Fact]
    public async Task OverLongKeysAreShortenedYetStayDistinctAndReadable()
    {
        var common = "a:" + new string('x', 2000);
        var first = common + "1";
        var second = common + "2";
        await Store.UpsertAsync(Table, first, "r", "one", CancellationToken.None);
        await Store.UpsertAsync(Table, second, "r", "two", CancellationToken.None);

        Assert.Equal("one", (await Store.GetAsync(Table, first, "r", CancellationToken.None))!.Data);
        Assert.Equal("two", (await Store.GetAsync(Table, second, "r", CancellationToken.None))!.Data);
        Assert.Equal(second, Assert.Single(await ToListAsync(Store.QueryPartitionAsync(Table, second, CancellationToken.None))).PartitionKey);
    }

    [Fact]
    public async Task ValuesLargerThanOneTablePropertyRoundTripWhole()
    {
        var large = string.Concat(Enumerable.Range(0, 200_000).Select(i => (char)('a' + (i % 26))));

        await Store.UpsertAsync(Table, "p", "large", large, CancellationToken.None);

        Assert.Equal(large, (await Store.GetAsync(Table, "p", "large", CancellationToken.None))!.Data);
    }

    [Fact]
    public async Task ValuesOverTheLimitAreRefusedClearlyAndNothingIsWritten()
    {
        var tooLarge = new string('z', ITableStore.MaxValueLength + 1);

        var error = await Assert.ThrowsAsync<ValueTooLargeException>(() => Store.UpsertAsync(Table, "p", "too-large", tooLarge, CancellationToken.None));

        Assert.Contains("limit", error.Message, StringComparison.Ordinal);
        Assert.Null(await Store.GetAsync(Table, "p", "too-large", CancellationToken.None));
    }

    [Fact]
    public async Task AnEmptyETagIsAnError()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ReplaceAsync(Table, "p", "r", "v", string.Empty, CancellationToken.None));
    }

    [Fact]
    public async Task BotStorageWritesUnconditionallyWithoutAnETagOrWithAStar()
    {
        var storage = new TableBotStorage(Store);
        await storage.WriteAsync(new Dictionary<string, object> { ["k1"] = new Note { Text = "first" } });
        await storage.WriteAsync(new Dictionary<string, object> { ["k1"] = new Note { Text = "second", ETag = "*" } });
        await storage.WriteAsync(new Dictionary<string, object> { ["k1"] = new Note { Text = "third" } });

        var read = await storage.ReadAsync(["k1"]);

        Assert.Equal("third", ((JObject)read["k1"]).ToObject<Note>()!.Text);
    }

    [Fact]
    public async Task BotStorageRejectsAStaleETagAndKeepsTheNewerValue()
    {
        var storage = new TableBotStorage(Store);
        await storage.WriteAsync(new Dictionary<string, object> { ["k2"] = new Note { Text = "first" } });
        var read = ((JObject)(await storage.ReadAsync(["k2"]))["k2"]).ToObject<Note>()!;
        await storage.WriteAsync(new Dictionary<string, object> { ["k2"] = new Note { Text = "second", ETag = read.ETag } });

        await Assert.ThrowsAsync<ETagConflictException>(() => storage.WriteAsync(new Dictionary<string, object> { ["k2"] = new Note { Text = "stale", ETag = read.ETag } }));

        var final = ((JObject)(await storage.ReadAsync(["k2"]))["k2"]).ToObject<Note>()!;
        Assert.Equal("second", final.Text);
    }

    [Fact]
    public async Task BotStorageRefusesAnEmptyETag()
    {
        var storage = new TableBotStorage(Store);

        await Assert.ThrowsAsync<ArgumentException>(() => storage.WriteAsync(new Dictionary<string, object> { ["k3"] = new Note { Text = "x", ETag = string.Empty } }));
    }

    [Fact]
    public async Task BotStorageDeletesAndSkipsMissingKeysOnRead()
    {
        var storage = new TableBotStorage(Store);
        await storage.WriteAsync(new Dictionary<string, object> { ["k4"] = new Note { Text = "x" } });

        await storage.DeleteAsync(["k4"]);
        var read = await storage.ReadAsync(["k4", "never-written"]);

        Assert.Empty(read);
    }

    [Fact]
    public async Task BotStateWrittenInOneTurnIsReadInTheNext()
    {
        var storage = new TableBotStorage(Store);
        var adapter = new Microsoft.Bot.Builder.Adapters.TestAdapter();
        var activity = MessageFactory.Text("hi");
        activity.ApplyConversationReference(adapter.Conversation, isIncoming: true);

        for (var turn = 1; turn <= 2; turn++)
        {
            var state = new ConversationState(storage);
            var counter = state.CreateProperty<int>("counter");
            using var context = new TurnContext(adapter, activity);
            var value = await counter.GetAsync(context, () => 0);
            Assert.Equal(turn - 1, value);
            await counter.SetAsync(context, value + 1);
            await state.SaveChangesAsync(context);
        }
    }

    [Fact]
    public async Task BotStateSavedTwiceInOneTurnKeepsItsOwnVersion()
    {
        var storage = new TableBotStorage(Store);
        var (state, context) = Turn(storage, "twice");
        var counter = state.CreateProperty<int>("counter");

        await counter.SetAsync(context, await counter.GetAsync(context, () => 0) + 1);
        await state.SaveChangesAsync(context);
        await counter.SetAsync(context, 2);
        await state.SaveChangesAsync(context);

        var (after, next) = Turn(storage, "twice");
        Assert.Equal(2, await after.CreateProperty<int>("counter").GetAsync(next, () => 0));
    }

    [Fact]
    public async Task TwoTurnsThatReadTheSameBotStateCannotBothSaveIt()
    {
        var storage = new TableBotStorage(Store);
        var (seed, seedContext) = Turn(storage, "race");
        await seed.CreateProperty<string>("answer").SetAsync(seedContext, "first");
        await seed.SaveChangesAsync(seedContext);

        var (one, oneContext) = Turn(storage, "race");
        var (two, twoContext) = Turn(storage, "race");
        Assert.Equal("first", await one.CreateProperty<string>("answer").GetAsync(oneContext, () => string.Empty));
        Assert.Equal("first", await two.CreateProperty<string>("answer").GetAsync(twoContext, () => string.Empty));
        await one.CreateProperty<string>("answer").SetAsync(oneContext, "from one");
        await one.SaveChangesAsync(oneContext);
        await two.CreateProperty<string>("answer").SetAsync(twoContext, "from two");

        // The second would overwrite the first without knowing it: it is refused, and the first answer stays.
        await Assert.ThrowsAsync<ETagConflictException>(() => two.SaveChangesAsync(twoContext));
        await two.LoadAsync(twoContext, force: true);
        Assert.Equal("from one", await two.CreateProperty<string>("answer").GetAsync(twoContext, () => string.Empty));
    }

    [Fact]
    public async Task BotStateIsStoredAsItsOwnJsonWithoutTheETagItWasReadWith()
    {
        var storage = new TableBotStorage(Store);
        var (state, context) = Turn(storage, "stored");
        await state.CreateProperty<Dictionary<string, int>>("ratings").SetAsync(context, new() { ["openness"] = 4 });
        await state.SaveChangesAsync(context);
        await state.CreateProperty<string>("note").SetAsync(context, "second save");
        await state.SaveChangesAsync(context);

        var row = Assert.Single(await ToListAsync(Store.QueryTableAsync(TableBotStorage.Table, CancellationToken.None)), r => r.PartitionKey.Contains("stored", StringComparison.Ordinal));
        var stored = Newtonsoft.Json.Linq.JObject.Parse(row.Data);
        Assert.Equal(["ratings", "note"], stored.Properties().Select(p => p.Name));
        Assert.Equal(4, (int)stored["ratings"]!["openness"]!);

        var (after, next) = Turn(storage, "stored");
        Assert.Equal("second save", await after.CreateProperty<string>("note").GetAsync(next, () => string.Empty));
    }

    private static (ConversationState State, TurnContext Context) Turn(TableBotStorage storage, string conversation)
    {
        var adapter = new Microsoft.Bot.Builder.Adapters.TestAdapter(conversation);
        var activity = MessageFactory.Text("hi");
        activity.ApplyConversationReference(adapter.Conversation, isIncoming: true);
        return (new ConversationState(storage), new TurnContext(adapter, activity));
    }

    private static async Task<List<StoredEntity>> ToListAsync(IAsyncEnumerable<StoredEntity> source)
    {
        var list = new List<StoredEntity>();
        await foreach (var item in source)
        {
            list.Add(item);
        }

        return list;
    }

    private sealed class Note : IStoreItem
    {
        public string Text { get; set; } = string.Empty;

        public string? ETag { get; set; }
    }
}
