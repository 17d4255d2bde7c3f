using CoproBot.Bot.BotFramework;
using CoproBot.Bot.State;
using CoproBot.Dialogs.Languages;
using CoproBot.Storage.Sqlite;
using CoproBot.Storage.Tables;
using CoproBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace CoproBot.Tests.Reliability;

/// <summary>One person's turns racing each other: on one instance they wait in line; against another writer they are decided again.</summary>
public sealed class ConcurrentTurnTests
{
    private const string Conversation = "a:racing";

    [Fact]
    public async Task AnswersSentAllAtOnceAreTakenOneAfterAnotherAndNoneIsLost()
    {
        await using var host = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["Bot:TypingDelayMilliseconds"] = "10000" });
        await SayAsync(host, "reflect on ESTHER");

        var answers = new[] { "Being heard", "Her family and her GP", "Fewer handovers" };
        await Task.WhenAll(answers.Select(answer => host.PostActivityAsync(TeamsActivities.Personal(host.Connector.ServiceUrl, Conversation, answer))));

        // All three questions were answered, one each: the reflection has moved on to the principles.
        var earlier = new List<string>();
        foreach (var _ in answers)
        {
            var back = (await SayAsync(host, "back"))[0];
            earlier.Add(answers.Single(answer => back.Contains($"Your earlier answer: \"{answer}\"", StringComparison.Ordinal)));
        }

        Assert.Equal(answers.Order(), earlier.Order());
        Assert.DoesNotContain(host.Connector.All, reply => reply.Activity.Text == TurnErrorHandler.Apology || reply.Activity.Text == TurnErrorHandler.NotSaved);

        // The waiting line of a conversation exists only while turns use it.
        Assert.Equal(0, host.Services.GetRequiredService<ConversationTurnLock>().ActiveKeys);
    }

    [Fact]
    public async Task ATurnWhoseStateAnotherWriterChangedIsDecidedAgainOnTheNewStateNotResetOrLost()
    {
        var (store, logs) = (InterferedStore(), new CapturedLogs());
        await using var host = await StartAsync(store, logs);
        await SayAsync(host, "reflect on ESTHER");
        await SayAsync(host, "Being heard");

        store.InterfereOnce();
        var replies = await SayAsync(host, "Her family and her GP");

        Assert.Equal(1, store.Interferences);
        Assert.Contains(logs.Lines, line => line.EventId == 1009);
        Assert.Contains("Question 3 of 3: What do we need to improve?", replies);
        Assert.DoesNotContain(TurnErrorHandler.Apology, replies);
        Assert.DoesNotContain(TurnErrorHandler.NotSaved, replies);
        Assert.Contains("Your earlier answer: \"Her family and her GP\"", (await SayAsync(host, "back"))[0], StringComparison.Ordinal);
        Assert.Contains("Your earlier answer: \"Being heard\"", (await SayAsync(host, "back"))[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReplyDeliveredButNeverMarkedSoIsNotSentAgainWithThePersonsNextAnswer()
    {
        var (store, logs) = (InterferedStore(), new CapturedLogs());
        await using var host = await StartAsync(store, logs);

        // The person's first turn inserts their row; every attempt to drop its delivered reply from the row then meets
        // another writer, as when several instances keep saving one busy person's turns, until the bot gives up.
        store.Interfere(10);
        var first = await SayAsync(host, "what are ESTHER's principles?");
        var second = await SayAsync(host, "thanks");

        Assert.Equal(10, store.Interferences);
        Assert.Contains(logs.Lines, line => line.EventId == 1015);
        Assert.Contains("Balancing power", Assert.Single(first), StringComparison.Ordinal);
        Assert.Equal(Language.English[Phrase.ConversationYoureWelcome], Assert.Single(second));
    }

    // The bot's state table gets a second writer on demand, as another instance would be.
    private static InterferingTableStore InterferedStore() =>
        new(new SqliteTableStore(Path.Combine(Directory.CreateTempSubdirectory("coprobot-interfere-").FullName, "store.db")), TableBotStorage.Table);

    private static Task<BotHost> StartAsync(InterferingTableStore store, CapturedLogs logs) =>
        BotHost.StartAsync(
            settings: new Dictionary<string, string?> { ["Bot:TypingDelayMilliseconds"] = "10000" },
            services: services =>
            {
                services.AddSingleton<ITableStore>(store);
                logs.AddTo(services);
            });

    private static Task<List<string>> SayAsync(BotHost host, string text) =>
        host.PostAsync(TeamsActivities.Personal(host.Connector.ServiceUrl, Conversation, text));
}
