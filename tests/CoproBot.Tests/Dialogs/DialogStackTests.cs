using CoproBot.Dialogs.Engine;
using CoproBot.Dialogs.Prompts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CoproBot.Tests.Dialogs;

public sealed class DialogStackTests
{
    [Fact]
    public async Task ContinueOnAnEmptyStackReturnsEmpty()
    {
        var dc = NewContext(new DialogSet());

        var result = await dc.ContinueDialogAsync(CancellationToken.None);

        Assert.Equal(DialogTurnStatus.Empty, result.Status);
    }

    [Fact]
    public async Task BeginPushesAndEndingAChildResumesItsParentWithTheResult()
    {
        var parent = new RecordingDialog("parent");
        var child = new RecordingDialog("child");
        var dc = NewContext(new DialogSet().Add(parent).Add(child));

        await dc.BeginDialogAsync("parent", null, CancellationToken.None);
        await dc.BeginDialogAsync("child", null, CancellationToken.None);
        Assert.Equal(["parent", "child"], dc.Stack.Select(i => i.Id));
        Assert.Equal("child", dc.ActiveDialog?.Id);

        var result = await dc.EndDialogAsync("from the child", CancellationToken.None);

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
        Assert.Equal("parent", dc.ActiveDialog?.Id);
        Assert.Equal(["from the child"], parent.Resumed);
        Assert.Equal([DialogReason.EndCalled], child.Ended);
    }

    [Fact]
    public async Task EndingTheLastDialogCompletesWithItsResult()
    {
        var dc = NewContext(new DialogSet().Add(new RecordingDialog("only")));
        await dc.BeginDialogAsync("only", null, CancellationToken.None);

        var result = await dc.EndDialogAsync(42, CancellationToken.None);

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, 42), result);
        Assert.Empty(dc.Stack);
    }

    [Fact]
    public async Task CancelAllEndsEveryDialogTopFirstAndEmptiesTheStack()
    {
        var order = new List<string>();
        var dc = NewContext(new DialogSet().Add(new RecordingDialog("a", order)).Add(new RecordingDialog("b", order)));
        await dc.BeginDialogAsync("a", null, CancellationToken.None);
        await dc.BeginDialogAsync("b", null, CancellationToken.None);

        var result = await dc.CancelAllDialogsAsync(CancellationToken.None);

        Assert.Equal(DialogTurnStatus.Cancelled, result.Status);
        Assert.Empty(dc.Stack);
        Assert.Equal(["b:CancelCalled", "a:CancelCalled"], order);
    }

    [Fact]
    public async Task ReplaceSwapsTheActiveDialogWithoutResumingItsParent()
    {
        var parent = new RecordingDialog("parent");
        var first = new RecordingDialog("first");
        var dc = NewContext(new DialogSet().Add(parent).Add(first).Add(new RecordingDialog("second")));
        await dc.BeginDialogAsync("parent", null, CancellationToken.None);
        await dc.BeginDialogAsync("first", null, CancellationToken.None);

        await dc.ReplaceDialogAsync("second", null, CancellationToken.None);

        Assert.Equal(["parent", "second"], dc.Stack.Select(i => i.Id));
        Assert.Empty(parent.Resumed);
        Assert.Equal([DialogReason.ReplaceCalled], first.Ended);
    }

    [Fact]
    public async Task BeginningAnUnknownDialogIsAProgrammingError()
    {
        var dc = NewContext(new DialogSet());

        await Assert.ThrowsAsync<InvalidOperationException>(() => dc.BeginDialogAsync("missing", null, CancellationToken.None));
    }

    [Fact]
    public async Task WaterfallRunsItsStepsInOrderAcrossTurns()
    {
        var root = new TestComponent("root",
        [
            new WaterfallDialog("main",
            [
                Steps.Ask("text", "What's your name?"),
                Steps.Keep("name", Steps.Ask("text", "What colour do you like?")),
                Steps.Say(step => $"{step.Values.Get<string>("name")} likes {step.Result}"),
            ]),
            new TextPrompt("text"),
        ]);
        var bot = new DialogTestBot(root);

        await bot.Flow()
            .Send("hi").AssertReply("What's your name?")
            .Send("Ada").AssertReply("What colour do you like?")
            .Send("green").AssertReply("Ada likes green")
            .StartTestAsync();

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, "green"), bot.LastResult);
    }

    [Fact]
    public async Task ChildDialogResultIsHandedToTheParentsNextStep()
    {
        var root = new TestComponent("root",
        [
            new WaterfallDialog("parent",
            [
                (step, ct) => step.BeginDialogAsync("child", new Greeting("Which team are you in?"), ct),
                Steps.Say(step => $"The child found: {step.Result}"),
            ]),
            new WaterfallDialog("child",
            [
                (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text(step.GetOptions<Greeting>()!.Question) }, ct),
                (step, ct) => step.EndDialogAsync($"team {step.Result}", ct),
            ]),
            new TextPrompt("text"),
        ]);

        await new DialogTestBot(root).Flow()
            .Send("hi").AssertReply("Which team are you in?")
            .Send("Tayside").AssertReply("The child found: team Tayside")
            .StartTestAsync();
    }

    [Fact]
    public async Task NextRunsTheFollowingStepInTheSameTurn()
    {
        var root = new WaterfallDialog("skip",
        [
            (step, ct) => step.NextAsync("skipped ahead", ct),
            Steps.Say(step => $"Step {step.Index} got: {step.Result} ({step.Reason})"),
        ]);

        await new DialogTestBot(root).Flow()
            .Send("hi").AssertReply("Step 1 got: skipped ahead (NextCalled)")
            .StartTestAsync();
    }

    [Fact]
    public async Task AWaterfallWithoutPromptsGetsTheUsersTextOnTheNextTurn()
    {
        var root = new WaterfallDialog("plain", [Steps.SayAndWait("Tell me anything."), Steps.Say(step => $"You said {step.Result}")]);

        await new DialogTestBot(root).Flow()
            .Send("hi").AssertReply("Tell me anything.")
            .Send("hello there").AssertReply("You said hello there")
            .StartTestAsync();
    }

    [Fact]
    public async Task ActivitiesOtherThanMessagesDoNotMoveAPromptOn()
    {
        var root = new WaterfallDialog("main", [Steps.Ask("text", "What's your name?"), Steps.Say(step => $"Hello {step.Result}")]);
        var bot = new DialogTestBot(new TestComponent("root", [root, new TextPrompt("text")]));
        var adapter = DialogTestBot.NewAdapter();

        await bot.Flow(adapter)
            .Send("hi").AssertReply("What's your name?")
            .Send(new Activity(ActivityTypes.Typing))
            .Send("Ada").AssertReply("Hello Ada")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Waiting, bot.Results[1].Status);
    }

    private static DialogContext NewContext(DialogSet dialogs)
    {
        var adapter = DialogTestBot.NewAdapter();
        return new DialogContext(dialogs, new TurnContext(adapter, adapter.MakeActivity("hi")), new DialogState());
    }

    private sealed record Greeting(string Question);

    private sealed class RecordingDialog(string id, List<string>? order = null) : Dialog(id)
    {
        public List<object?> Resumed { get; } = [];

        public List<DialogReason> Ended { get; } = [];

        public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken) =>
            Task.FromResult(DialogTurnResult.Waiting);

        public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
        {
            Resumed.Add(result);
            return Task.FromResult(DialogTurnResult.Waiting);
        }

        public override Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
        {
            Ended.Add(reason);
            order?.Add($"{Id}:{reason}");
            return Task.CompletedTask;
        }
    }
}
