using CoproBot.Bot.State;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace CoproBot.Tests.Storage;

/// <summary>The storage contract's Bot Framework part: bot state over the store keeps MemoryStorage's ETag rules.</summary>
public abstract partial class TableStoreContract
{
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


    private sealed class Note : IStoreItem
    {
        public string Text { get; set; } = string.Empty;

        public string? ETag { get; set; }
    }
}
