using CoproBot.Bot.BotFramework;
using CoproBot.Bot.Hosting;
using CoproBot.Storage.Tables;
using CoproBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoproBot.Tests.Reflection;

/// <summary>Reflections through the host: what each turn reads and writes, and a state that cannot be read.</summary>
public sealed partial class ReflectionHostTests
{
    [Fact]
    public async Task EachReflectionTurnThroughTheHostReadsConversationStateOnceWritesItAtMostOnceAndClearsEachReplyOnce()
    {
        TableCountingStore? store = null;
        await using var host = await ReflectionHost.StartAsync(services: s => s.DecorateTableStore((_, inner) => store = new TableCountingStore(inner)));
        await host.SayAsync("conv-count", "hello");

        await AssertEachTurnReadsOnceAndWritesAtMostOnceAsync(host, store!, "conv-count", ["reflect on ESTHER", "An answer", "help", "back", "skip", "where am I", "Another answer", "pause", "continue", "mostly"]);
    }

    [Fact]
    public async Task EachKnowledgeTurnReadsStateOnceWritesItAtMostOnceAndClearsEachReplyOnce()
    {
        TableCountingStore? store = null;
        await using var host = await ReflectionHost.StartAsync(services: s => s.DecorateTableStore((_, inner) => store = new TableCountingStore(inner)));

        await AssertEachTurnReadsOnceAndWritesAtMostOnceAsync(host, store!, "conv-ask-count", ["What are ESTHER's principles?", "what are its principles?", "compare the coproduction approaches", "which case talks about serious fun?", "help"]);
    }

    [Fact]
    public async Task AnUnreadableReflectionIsResetAfterOneApologySoThePersonIsNotStuck()
    {
        await using var host = await ReflectionHost.StartAsync();
        await host.SayAsync("conv-stuck", "reflect on ESTHER");
        var store = host.Services.GetRequiredService<ITableStore>();
        await store.UpsertAsync("botstate", "emulator/conversations/conv-stuck/users/user-1", "state", "{\"ReflectionDialogState\":\"not a dialog stack\"}", CancellationToken.None);

        Assert.Equal([TurnErrorHandler.Apology], await host.SayAsync("conv-stuck", "An answer"));
        Assert.StartsWith("Let's reflect on **Case 1: ESTHER**", (await host.SayAsync("conv-stuck", "reflect on ESTHER"))[0], StringComparison.Ordinal);
    }

    private static async Task AssertEachTurnReadsOnceAndWritesAtMostOnceAsync(BotHost host, TableCountingStore store, string conversation, string[] texts)
    {
        foreach (var text in texts)
        {
            var (reads, writes) = (store.Reads("botstate"), store.Writes("botstate"));
            var replies = await host.SayAsync(conversation, text);
            Assert.NotEmpty(replies);
            Assert.Equal(1, store.Reads("botstate") - reads);

            // One write of the state with its outbox, then one small write per reply to drop it once confirmed.
            Assert.InRange(store.Writes("botstate") - writes - replies.Count, 0, 1);
        }
    }
}
