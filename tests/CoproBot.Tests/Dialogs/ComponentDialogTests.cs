using CoproBot.Dialogs.Engine;
using CoproBot.Dialogs.Prompts;
using Microsoft.Bot.Builder;

namespace CoproBot.Tests.Dialogs;

public sealed class ComponentDialogTests
{
    [Fact]
    public async Task InterruptionHookAnswersHelpAndRepeatsThePrompt()
    {
        var bot = new DialogTestBot(NameComponent(Hook));

        await bot.Flow()
            .Send("hi").AssertReply("What's your name?")
            .Send("help").AssertReply("I'm asking your name so I can greet you.").AssertReply("What's your name?")
            .Send("Ada").AssertReply("Hello Ada")
            .StartTestAsync();
    }

    [Fact]
    public async Task InterruptionHookCanAnswerWithoutRepeatingThePrompt()
    {
        var bot = new DialogTestBot(NameComponent(Hook));

        await bot.Flow()
            .Send("hi").AssertReply("What's your name?")
            .Send("where am i").AssertReply("We're on the first question of the greeting.")
            .Send("Ada").AssertReply("Hello Ada")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Waiting, bot.Results[1].Status);
    }

    [Fact]
    public async Task CancelInterruptionEndsTheWholeStackAndTheNextMessageStartsAfresh()
    {
        var bot = new DialogTestBot(NameComponent(Hook));

        await bot.Flow()
            .Send("hi").AssertReply("What's your name?")
            .Send("cancel").AssertReply("OK, I've stopped.")
            .Send("hi again").AssertReply("What's your name?")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, bot.Results[1].Status);
    }

    [Fact]
    public async Task MessagesTheHookIgnoresGoToTheActiveDialog()
    {
        var heard = new List<string>();
        var bot = new DialogTestBot(NameComponent((dc, _) =>
        {
            heard.Add(dc.Context.Activity.Text);
            return Task.FromResult(Interruption.None);
        }));

        await bot.Flow()
            .Send("hi").AssertReply("What's your name?")
            .Send("Ada").AssertReply("Hello Ada")
            .StartTestAsync();

        Assert.Equal(["Ada"], heard);
    }

    [Fact]
    public async Task ComponentEndsWithItsInnerResultAndResumesItsParent()
    {
        var root = new TestComponent("outer",
        [
            new WaterfallDialog("steps",
            [
                (step, ct) => step.BeginDialogAsync("greeting", null, ct),
                Steps.Say(step => $"The greeting returned {step.Result}"),
            ]),
            NameComponent(Hook),
        ]);

        await new DialogTestBot(root).Flow()
            .Send("hi").AssertReply("What's your name?")
            .Send("help").AssertReply("I'm asking your name so I can greet you.").AssertReply("What's your name?")
            .Send("Ada").AssertReply("Hello Ada").AssertReply("The greeting returned Ada")
            .StartTestAsync();
    }

    private static TestComponent NameComponent(Func<DialogContext, CancellationToken, Task<Interruption>> hook) =>
        new("greeting",
        [
            new WaterfallDialog("ask-name", [Steps.Ask("text", "What's your name?"), Steps.Say(step => $"Hello {step.Result}")]),
            new TextPrompt("text"),
        ],
        hook);

    private static async Task<Interruption> Hook(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var (reply, outcome) = innerDc.Context.Activity.Text?.Trim().ToUpperInvariant() switch
        {
            "HELP" => ("I'm asking your name so I can greet you.", Interruption.RepeatPrompt),
            "WHERE AM I" => ("We're on the first question of the greeting.", Interruption.KeepWaiting),
            "CANCEL" => ("OK, I've stopped.", Interruption.CancelAll),
            _ => (null, Interruption.None),
        };
        if (reply is not null)
        {
            await innerDc.Context.SendActivityAsync(MessageFactory.Text(reply), cancellationToken);
        }

        return outcome;
    }
}
