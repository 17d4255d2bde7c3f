using System.Globalization;
using CoproBot.Dialogs.Engine;
using CoproBot.Dialogs.Prompts;
using Microsoft.Bot.Builder;

namespace CoproBot.Tests.Dialogs;

/// <summary>How a feature builds on the engine: a component with a waterfall, prompts and an interruption hook.</summary>
internal sealed class SampleCheckInDialog : ComponentDialog
{
    public SampleCheckInDialog(TimeProvider timeProvider)
        : base("check-in")
    {
        Title = "your check-in";
        AddDialog(new WaterfallDialog("check-in-steps", [AskRatingAsync, AskWhenAsync, ConfirmAsync, FinishAsync]));
        AddDialog(new NumberPrompt("rating", (p, _) => Task.FromResult(p.Recognized.Value is >= 1 and <= 5))
        {
            CustomRecognizer = (text, _) => text.Contains("mostly", StringComparison.OrdinalIgnoreCase) ? 4 : null,
        });
        AddDialog(new DateTimePrompt("when", timeProvider));
        AddDialog(new ConfirmPrompt("confirm"));
    }

    protected override async Task<Interruption> OnInterruptAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        switch (innerDc.Context.Activity.Text?.Trim().ToUpperInvariant())
        {
            case "HELP":
                await innerDc.Context.SendActivityAsync("This is a short check-in about your last session.", cancellationToken: cancellationToken);
                return Interruption.RepeatPrompt;
            case "CANCEL":
                await innerDc.Context.SendActivityAsync("No problem, we can check in another time.", cancellationToken: cancellationToken);
                return Interruption.CancelAll;
            default:
                return Interruption.None;
        }
    }

    private static Task<DialogTurnResult> AskRatingAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync("rating", new PromptOptions
        {
            Prompt = MessageFactory.Text("How well did the session share power, from 1 to 5?"),
            RetryPrompt = MessageFactory.Text("A number from 1 to 5 is fine, or words like \"mostly\"."),
            MaxAttempts = 3,
        }, cancellationToken);

    private static async Task<DialogTurnResult> AskWhenAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp)
        {
            await step.Context.SendActivityAsync("Let's skip the rating.", cancellationToken: cancellationToken);
        }
        else
        {
            step.Values.Set("rating", (double)step.Result!);
        }

        return await step.PromptAsync("when", new DateTimePromptOptions { Prompt = MessageFactory.Text("When is the next session?") }, cancellationToken);
    }

    private static Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var when = (DateTimeResolution)step.Result!;
        step.Values.Set("next", when.Utc);
        return step.PromptAsync("confirm", new PromptOptions
        {
            Prompt = MessageFactory.Text($"Shall I remind you on {when.Local.ToString("dddd d MMMM 'at' HH:mm", CultureInfo.InvariantCulture)}?"),
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var remind = step.Result is true;
        var rating = step.Values.Get<double?>("rating");
        await step.Context.SendActivityAsync($"Thanks. Rating {rating?.ToString(CultureInfo.InvariantCulture) ?? "skipped"}; reminder {(remind ? "set" : "not set")}.", cancellationToken: cancellationToken);
        return await step.EndDialogAsync(step.Values.Get<DateTimeOffset>("next"), cancellationToken);
    }
}
