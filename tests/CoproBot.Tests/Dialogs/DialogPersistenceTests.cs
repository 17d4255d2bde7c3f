using CoproBot.Bot.State;
using CoproBot.Dialogs.Engine;
using CoproBot.Dialogs.Prompts;
using CoproBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json.Linq;

namespace CoproBot.Tests.Dialogs;

public sealed class DialogPersistenceTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("coprobot-dialogs-").FullName;

    private string DatabasePath => Path.Combine(_directory, "state.db");

    [Fact]
    public async Task ADialogContinuesAfterABotRestartOnSqlite()
    {
        // Before the restart: a fresh bot process over the file.
        await new DialogTestBot(CheckIn(), new TableBotStorage(new SqliteTableStore(DatabasePath)))
            .Flow(DialogTestBot.NewAdapter("restart"))
            .Send("hi").AssertReply("When did you meet?")
            .Send("2026-11-12").AssertReply("How many came?")
            .StartTestAsync();

        // After: new state, dialog and store objects; only the file is shared.
        var restarted = new DialogTestBot(CheckIn(), new TableBotStorage(new SqliteTableStore(DatabasePath)));
        await restarted.Flow(DialogTestBot.NewAdapter("restart"))
            .Send("four").AssertReply("On 2026-11-12, 4 came.")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, restarted.LastResult.Status);
    }

    [Fact]
    public async Task SavedDialogStateIsPlainJsonWithoutTypeNames()
    {
        var store = new SqliteTableStore(DatabasePath);
        await new DialogTestBot(CheckIn(), new TableBotStorage(store))
            .Flow(DialogTestBot.NewAdapter("plain"))
            .Send("hi").AssertReply("When did you meet?")
            .Send("2026-11-12").AssertReply("How many came?")
            .StartTestAsync();

        var saved = await store.GetAsync(TableBotStorage.Table, "test/conversations/plain", TableBotStorage.RowKey, CancellationToken.None);
        var json = JObject.Parse(saved!.Data);

        Assert.DoesNotContain("$type", saved.Data, StringComparison.Ordinal);
        Assert.Equal("check-in", json.SelectToken("DialogState.DialogStack[0].Id")?.ToString());
        Assert.All(json.Descendants().OfType<JValue>(), value => Assert.NotEqual(JTokenType.Date, value.Type));
    }

    [Fact]
    public async Task OneDialogTurnReadsOnceAndWritesAtMostOnce()
    {
        var store = new CountingTableStore(new SqliteTableStore(DatabasePath));
        var bot = new DialogTestBot(CheckIn(), new TableBotStorage(store));
        var perTurn = new List<(int Reads, int Writes)>();
        var flow = new Microsoft.Bot.Builder.Adapters.TestFlow(DialogTestBot.NewAdapter("counting"), async (turnContext, ct) =>
        {
            var (reads, writes) = (store.Reads, store.Writes);
            await bot.OnTurnAsync(turnContext, ct);
            perTurn.Add((store.Reads - reads, store.Writes - writes));
        });

        await flow
            .Send("hi").AssertReply("When did you meet?")
            .Send("last Tuesday").AssertReply("How many came?")
            .Send("lots").AssertReply("A number, please.")
            .Send("help").AssertReply("I'm asking about your last meeting.").AssertReply("How many came?")
            .Send("12").AssertReply("On last Tuesday, 12 came.")
            .StartTestAsync();

        Assert.Equal(5, perTurn.Count);
        Assert.All(perTurn, turn => Assert.Equal(1, turn.Reads));
        Assert.All(perTurn, turn => Assert.InRange(turn.Writes, 0, 1));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static TestComponent CheckIn() =>
        new("check-in",
        [
            new WaterfallDialog("steps",
            [
                Steps.Ask("text", "When did you meet?"),
                Steps.Keep("when", Steps.Ask("number", "How many came?", retry: "A number, please.")),
                Steps.Say(step => $"On {step.Values.Get<string>("when")}, {step.Result} came."),
            ]),
            new TextPrompt("text"),
            new NumberPrompt("number"),
        ],
        async (dc, ct) =>
        {
            if (dc.Context.Activity.Text != "help")
            {
                return Interruption.None;
            }

            await dc.Context.SendActivityAsync("I'm asking about your last meeting.", cancellationToken: ct);
            return Interruption.RepeatPrompt;
        });
}
