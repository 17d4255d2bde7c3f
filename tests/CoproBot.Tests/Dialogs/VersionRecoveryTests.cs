using CoproBot.Bot.State;
using CoproBot.Dialogs.Engine;
using CoproBot.Dialogs.Languages;
using CoproBot.Dialogs.Prompts;
using CoproBot.Storage.Sqlite;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;

namespace CoproBot.Tests.Dialogs;

public sealed class VersionRecoveryTests : IDisposable
{
    private const string Restarted = "I've been updated since we last spoke, so I've restarted your check-in from the beginning.";
    private readonly string _directory = Directory.CreateTempSubdirectory("coprobot-versions-").FullName;

    [Fact]
    public async Task AWaterfallWithFewerStepsRestartsFromTheBeginning()
    {
        await StartOldCheckInAsync();

        var updated = NewBot(CheckIn(Steps.Ask("text", "First question?"), Steps.Say(step => $"Thanks for {step.Result}")));
        await updated.Flow(Adapter())
            .Send("b").AssertReply(Restarted).AssertReply("First question?")
            .Send("c").AssertReply("Thanks for c")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Waiting, updated.Results[0].Status);
    }

    [Fact]
    public async Task ADialogThatNoLongerExistsEndsCleanly()
    {
        await StartOldCheckInAsync();

        var updated = NewBot(new TestComponent("something-else", [new WaterfallDialog("steps", [Steps.SayAndWait("Something new.")])]));
        await updated.Flow(Adapter())
            .Send("b").AssertReply(Language.English[Phrase.EngineDialogGone])
            .Send("hi").AssertReply("Something new.")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, updated.Results[0].Status);
    }

    [Fact]
    public async Task AChangedPromptInsideAComponentRestartsTheComponent()
    {
        await StartOldCheckInAsync();

        var changed = new TestComponent("check-in", [OldSteps(), new NumberPrompt("text")]) { Title = "your check-in" };
        await NewBot(changed).Flow(Adapter())
            .Send("b").AssertReply(Restarted).AssertReply("First question?")
            .StartTestAsync();
    }

    [Fact]
    public async Task ARevisionBumpRestartsADialogWhoseShapeDidNotChange()
    {
        await StartOldCheckInAsync();

        var revised = new TestComponent("check-in", [OldSteps(), new TextPrompt("text")]) { Title = "your check-in", Revision = "2" };
        await NewBot(revised).Flow(Adapter())
            .Send("b").AssertReply(Restarted).AssertReply("First question?")
            .StartTestAsync();
    }

    [Fact]
    public async Task AnUnchangedDialogResumesAfterARestart()
    {
        await StartOldCheckInAsync();

        await NewBot(OldCheckIn()).Flow(Adapter())
            .Send("b").AssertReply("Third question?")
            .StartTestAsync();
    }

    [Fact]
    public async Task OnlyTheChangedPartOfAStackIsRestartedWithItsOriginalOptions()
    {
        var adapter = Adapter();
        var child = new WaterfallDialog("child",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync(step.GetOptions<Question>()!.Text, cancellationToken: ct);
                return DialogTurnResult.Waiting;
            },
        ])
        { Title = "the child" };
        var dialogs = new DialogSet().Add(new WaterfallDialog("parent", [Steps.SayAndWait("Parent question?"), Steps.SayAndWait("After the child.")])).Add(child);
        var state = new DialogState();
        state.DialogStack.Add(new DialogInstance { Id = "parent", Version = dialogs.Find("parent")!.Version });
        state.DialogStack.Add(new DialogInstance { Id = "child", Version = "WaterfallDialog:steps=5", Options = """{"Text":"Child question?"}""" });
        var dc = new DialogContext(dialogs, new TurnContext(adapter, adapter.MakeActivity("b")), state);

        var result = await dc.ContinueDialogAsync(CancellationToken.None);

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
        Assert.Equal(["parent", "child"], dc.Stack.Select(i => i.Id));
        Assert.Equal(child.Version, dc.Stack[1].Version);
        Assert.Equal(
            ["I've been updated since we last spoke, so I've restarted the child from the beginning.", "Child question?"],
            adapter.ActiveQueue.Select(a => a.Text));
    }

    [Fact]
    public async Task StateThatCannotBeReadIsClearedWithoutThrowing()
    {
        var storage = new TableBotStorage(new SqliteTableStore(Path.Combine(_directory, "state.db")));
        var conversationState = new ConversationState(storage);
        await new Microsoft.Bot.Builder.Adapters.TestFlow(Adapter(), async (turnContext, ct) =>
        {
            await conversationState.CreateProperty<string>(nameof(DialogState)).SetAsync(turnContext, "not a dialog stack", ct);
            await conversationState.SaveChangesAsync(turnContext, false, ct);
        }).Send("anything").StartTestAsync();

        await NewBot(OldCheckIn()).Flow(Adapter())
            .Send("b").AssertReply(Language.English[Phrase.EngineDialogGone]).AssertReply("First question?")
            .StartTestAsync();
    }

    [Fact]
    public void VersionsAreStableForTheSameShapeAndDifferForAnother()
    {
        Assert.Equal(OldCheckIn().Version, OldCheckIn().Version);
        Assert.NotEqual(OldCheckIn().Version, CheckIn(Steps.Ask("text", "First question?")).Version);
        Assert.Equal("WaterfallDialog:steps=3", OldSteps().Version);
        Assert.Equal("TextPrompt", new TextPrompt("t").Version);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private sealed record Question(string Text);

    private static WaterfallDialog OldSteps() =>
        new("steps",
        [
            Steps.Ask("text", "First question?"),
            Steps.Ask("text", "Second question?"),
            Steps.Ask("text", "Third question?"),
        ]);

    private static TestComponent OldCheckIn() => new("check-in", [OldSteps(), new TextPrompt("text")]) { Title = "your check-in" };

    private static TestComponent CheckIn(params WaterfallStep[] steps) =>
        new("check-in", [new WaterfallDialog("steps", steps), new TextPrompt("text")]) { Title = "your check-in" };

    private static Microsoft.Bot.Builder.Adapters.TestAdapter Adapter() => DialogTestBot.NewAdapter("versions");

    private DialogTestBot NewBot(Dialog root) =>
        new(root, new TableBotStorage(new SqliteTableStore(Path.Combine(_directory, "state.db"))));

    private async Task StartOldCheckInAsync() =>
        await NewBot(OldCheckIn()).Flow(Adapter())
            .Send("hi").AssertReply("First question?")
            .Send("a").AssertReply("Second question?")
            .StartTestAsync();
}
