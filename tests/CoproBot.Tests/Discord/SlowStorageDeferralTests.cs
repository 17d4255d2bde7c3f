using CoproBot.Bot.State;
using CoproBot.Storage.Sqlite;
using CoproBot.Storage.Tables;
using CoproBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoproBot.Tests.Discord;

public sealed class SlowStorageDeferralTests
{
    [Fact]
    public async Task WhenStorageIsSlowTheInteractionIsDeferredInTimeAndCompletedThroughTheWebhook()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var file = Path.Combine(Directory.CreateTempSubdirectory("coprobot-slow-").FullName, "store.db");
        var store = new HeldTableStore(new SqliteTableStore(file), TableBotStorage.Table);
        await using var bot = await DiscordBot.StartAsync(services => services.AddSingleton<ITableStore>(store), time: time);
        var interaction = Interactions.Command("ask", ("question", "What are ESTHER's principles?"));

        store.Hold();
        var posting = bot.InteractAsync(interaction);
        var first = await Task.WhenAny(store.Reached, posting).WaitAsync(TimeSpan.FromSeconds(30));
        if (first == posting)
        {
            Assert.Fail($"The turn should have been waiting on the held store, but the interaction was answered first: {(await posting).ToJsonString()}");
        }

        Assert.False(posting.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(2));
        var response = await posting.WaitAsync(TimeSpan.FromSeconds(30));

        // Deferred at the 2 s mark, well inside Discord's 3 s deadline, while the store still holds the turn.
        Assert.Equal("{\"type\":5}", response.ToJsonString());
        Assert.Empty(bot.Api.Drain());
        store.Release();
        var edit = await bot.Api.NextAsync();
        Assert.Equal("PATCH", edit.Method);
        Assert.Equal($"webhooks/{Interactions.ApplicationId}/{interaction["token"]}/messages/@original", edit.Path);
        Assert.Contains("Balancing power", edit.Body!.ToJsonString(), StringComparison.Ordinal);
    }
}
