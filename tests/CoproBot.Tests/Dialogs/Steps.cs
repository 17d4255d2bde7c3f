using CoproBot.Dialogs.Engine;
using CoproBot.Dialogs.Prompts;
using Microsoft.Bot.Builder;

namespace CoproBot.Tests.Dialogs;

/// <summary>Small waterfall steps the tests compose.</summary>
internal static class Steps
{
    public static WaterfallStep Ask(string promptId, string question, string? retry = null, int maxAttempts = PromptOptions.DefaultMaxAttempts) =>
        (step, ct) => step.PromptAsync(promptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(question),
            RetryPrompt = retry is null ? null : MessageFactory.Text(retry),
            MaxAttempts = maxAttempts,
        }, ct);

    public static WaterfallStep Keep(string key, WaterfallStep next) =>
        (step, ct) =>
        {
            step.Values.Set(key, step.Result?.ToString());
            return next(step, ct);
        };

    public static WaterfallStep Say(Func<WaterfallStepContext, string> text) =>
        async (step, ct) =>
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(text(step)), ct);
            return await step.EndDialogAsync(step.Result, ct);
        };

    public static WaterfallStep SayAndWait(string text) =>
        async (step, ct) =>
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(text), ct);
            return DialogTurnResult.Waiting;
        };
}
