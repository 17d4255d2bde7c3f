using CoproBot.Dialogs.Replies;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CoproBot.Dialogs.Prompts;

/// <summary>Asks the user to pick one of <see cref="PromptOptions.Choices"/>; the answer is a <see cref="FoundChoice"/>.</summary>
public sealed class ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(id, validator)
{
    public ChoiceRecognizer Recognizer { get; init; } = ChoiceRecognizer.Default;

    protected override Task<PromptRecognition<FoundChoice>> RecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var found = Recognizer.Recognize(IncomingMessage.Of(turnContext).Text, options.Choices ?? [], turnContext.Activity.Locale);
        return Task.FromResult(found is null ? default : new PromptRecognition<FoundChoice>(true, found));
    }

    protected override IList<CardAction>? SuggestedActions(ITurnContext turnContext, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Choices is { Count: > 0 } choices ? [.. choices.Select(c => SuggestedAction.ImBack(c.Value))] : null;
    }
}
