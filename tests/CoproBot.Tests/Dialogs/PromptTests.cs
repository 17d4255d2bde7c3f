using CoproBot.Dialogs.Engine;
using CoproBot.Dialogs.Prompts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CoproBot.Tests.Dialogs;

public sealed class PromptTests
{
    [Fact]
    public async Task TextPromptAsksAgainAfterABlankAnswer()
    {
        var bot = Ask(new TextPrompt("prompt"), "What's one thing that went well?", retry: "Could you tell me in a few words?");

        await bot.Flow()
            .Send("hi").AssertReply("What's one thing that went well?")
            .Send("   ").AssertReply("Could you tell me in a few words?")
            .Send("We listened").AssertReply("Answer: We listened")
            .StartTestAsync();
    }

    [Fact]
    public async Task NumberPromptAcceptsANumberInWords()
    {
        await Ask(new NumberPrompt("prompt"), "How many people came?").Flow()
            .Send("hi").AssertReply("How many people came?")
            .Send("twelve").AssertReply("Answer: 12")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("4", 4)]
    [InlineData("four", 4)]
    [InlineData("4/5", 4)]
    [InlineData("4 out of 5", 4)]
    [InlineData("four out of five", 4)]
    [InlineData("I'd say 3", 3)]
    [InlineData("2.5", 2.5)]
    public void NumberPromptReadsScoresTheWayPeopleWriteThem(string text, double expected)
    {
        Assert.Equal(expected, new NumberPrompt("n").Read(text, "en-US"));
    }

    [Fact]
    public void NumberPromptReadsFractionsAsFractionsWhenAsked()
    {
        Assert.Equal(0.8, new NumberPrompt("n") { ReadFractionsAsScores = false }.Read("4/5", "en-us"));
    }

    [Fact]
    public void NumberPromptUsesTheCustomRecognizerFirst()
    {
        var prompt = new NumberPrompt("n") { CustomRecognizer = (text, _) => text.Trim() == "mostly" ? 4 : null };

        Assert.Equal(4, prompt.Read("mostly", "en-us"));
        Assert.Equal(2, prompt.Read("two", "en-us"));
        Assert.Null(prompt.Read("not at all sure", "en-us"));
    }

    [Fact]
    public void NumberPromptReadsTheActivityLanguage()
    {
        Assert.Equal(4, new NumberPrompt("n").Read("quatre", "fr-FR"));
    }

    [Fact]
    public async Task PromptRetriesWithTheRetryMessage()
    {
        await Ask(new NumberPrompt("prompt"), "How did it go, 1 to 5?", retry: "Please give a number from 1 to 5.").Flow()
            .Send("hi").AssertReply("How did it go, 1 to 5?")
            .Send("hmm").AssertReply("Please give a number from 1 to 5.")
            .Send("4 out of 5").AssertReply("Answer: 4")
            .StartTestAsync();
    }

    [Fact]
    public async Task PromptEndsWithTooManyAttemptsAfterTheLimit()
    {
        var bot = Ask(new NumberPrompt("prompt"), "How did it go, 1 to 5?", retry: "A number, please.", maxAttempts: 2);

        await bot.Flow()
            .Send("hi").AssertReply("How did it go, 1 to 5?")
            .Send("hmm").AssertReply("A number, please.")
            .Send("no idea").AssertReply("Gave up after 2 attempts")
            .StartTestAsync();

        Assert.Equal(new TooManyAttempts("prompt", 2), bot.LastResult.Result);
    }

    [Fact]
    public async Task ValidatorRejectionAsksAgain()
    {
        var prompt = new NumberPrompt("prompt", (p, _) => Task.FromResult(p.Recognized.Value is >= 1 and <= 5));

        await Ask(prompt, "How did it go, 1 to 5?", retry: "From 1 to 5, please.").Flow()
            .Send("hi").AssertReply("How did it go, 1 to 5?")
            .Send("7").AssertReply("From 1 to 5, please.")
            .Send("3").AssertReply("Answer: 3")
            .StartTestAsync();
    }

    [Fact]
    public async Task AValidatorThatExplainsItselfReplacesTheRetryMessage()
    {
        var prompt = new NumberPrompt("prompt", async (p, ct) =>
        {
            if (p.Recognized.Value > 5)
            {
                await p.ReplyAsync(MessageFactory.Text($"{p.Recognized.Value} is more than 5; try again (attempt {p.AttemptCount})."), ct);
                return false;
            }

            return true;
        });

        await Ask(prompt, "How did it go, 1 to 5?", retry: "From 1 to 5, please.").Flow()
            .Send("hi").AssertReply("How did it go, 1 to 5?")
            .Send("9").AssertReply("9 is more than 5; try again (attempt 1).")
            .Send("2").AssertReply("Answer: 2")
            .StartTestAsync();
    }

    [Fact]
    public async Task ConfirmPromptOffersYesAndNoButtons()
    {
        await Ask(new ConfirmPrompt("prompt"), "Shall we start?").Flow()
            .Send("hi").AssertReply(activity => AssertButtons(activity, "Shall we start?", "Yes", "No"))
            .Send("yep").AssertReply("Answer: True")
            .StartTestAsync();
    }

    [Fact]
    public async Task ConfirmPromptAsksAgainWhenTheAnswerIsUnsure()
    {
        await Ask(new ConfirmPrompt("prompt"), "Shall we start?", retry: "Yes or no?").Flow()
            .Send("hi").AssertReply("Shall we start?")
            .Send("not sure").AssertReply(activity => AssertButtons(activity, "Yes or no?", "Yes", "No"))
            .Send("not really").AssertReply("Answer: False")
            .StartTestAsync();
    }

    [Fact]
    public async Task ChoicePromptAcceptsTheSecondAsAnOrdinal()
    {
        var choices = new[] { new Choice("ESTHER"), new Choice("Making Recovery Real"), new Choice("CMHA Learning Centre") };

        await Ask(new ChoicePrompt("prompt"), "Which case?", choices: choices).Flow()
            .Send("hi").AssertReply(activity => AssertButtons(activity, "Which case?", "ESTHER", "Making Recovery Real", "CMHA Learning Centre"))
            .Send("the second").AssertReply("Answer: Making Recovery Real")
            .StartTestAsync();
    }

    [Fact]
    public async Task ChoicePromptAcceptsACloseTypo()
    {
        var choices = new[] { new Choice("ESTHER"), new Choice("Making Recovery Real") };

        await Ask(new ChoicePrompt("prompt"), "Which case?", choices: choices).Flow()
            .Send("hi").AssertReply(_ => { })
            .Send("Estehr").AssertReply("Answer: ESTHER")
            .StartTestAsync();
    }

    [Fact]
    public async Task RepromptAfterAnInterruptionRepeatsTheButtonsToo()
    {
        var root = new TestComponent("root",
        [
            new WaterfallDialog("steps", [Steps.Ask("confirm", "Shall we start?"), Steps.Say(step => $"Answer: {step.Result}")]),
            new ConfirmPrompt("confirm"),
        ],
        async (dc, ct) =>
        {
            if (dc.Context.Activity.Text != "help")
            {
                return Interruption.None;
            }

            await dc.Context.SendActivityAsync(MessageFactory.Text("Just say yes or no."), ct);
            return Interruption.RepeatPrompt;
        });

        await new DialogTestBot(root).Flow()
            .Send("hi").AssertReply("Shall we start?")
            .Send("help").AssertReply("Just say yes or no.").AssertReply(activity => AssertButtons(activity, "Shall we start?", "Yes", "No"))
            .Send("y").AssertReply("Answer: True")
            .StartTestAsync();
    }

    internal static void AssertButtons(IActivity activity, string text, params string[] buttons)
    {
        var message = activity.AsMessageActivity();
        Assert.Equal(text, message.Text);
        Assert.Equal(buttons, message.SuggestedActions.Actions.Select(a => a.Title));
        Assert.All(message.SuggestedActions.Actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
        Assert.Equal(buttons, message.SuggestedActions.Actions.Select(a => a.Value as string));
    }

    private static DialogTestBot Ask(Dialog prompt, string question, string? retry = null, int maxAttempts = PromptOptions.DefaultMaxAttempts, Choice[]? choices = null)
    {
        var steps = new WaterfallDialog("steps",
        [
            (step, ct) => step.PromptAsync(prompt.Id, new PromptOptions
            {
                Prompt = MessageFactory.Text(question),
                RetryPrompt = retry is null ? null : MessageFactory.Text(retry),
                MaxAttempts = maxAttempts,
                Choices = choices,
            }, ct),
            Steps.Say(step => step.Result switch
            {
                TooManyAttempts gaveUp => $"Gave up after {gaveUp.Attempts} attempts",
                FoundChoice choice => $"Answer: {choice.Value}",
                var answer => $"Answer: {answer}",
            }),
        ]);
        return new DialogTestBot(new TestComponent("root", [steps, prompt]));
    }
}
