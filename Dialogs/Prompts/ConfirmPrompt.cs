using CoproBot.Dialogs.Replies;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CoproBot.Dialogs.Prompts;

/// <summary>Asks a yes/no question, offering Yes and No buttons.</summary>
public sealed class ConfirmPrompt(string id, PromptValidator<bool>? validator = null) : Prompt<bool>(id, validator)
{
    public string YesLabel { get; init; } = "Yes";

    public string NoLabel { get; init; } = "No";

    protected override Task<PromptRecognition<bool>> RecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = IncomingMessage.Of(turnContext).Text;
        var answer = YesNoRecognizer.Recognize(text)
            ?? (TextNormalizer.Normalize(text) == TextNormalizer.Normalize(YesLabel) ? true
                : TextNormalizer.Normalize(text) == TextNormalizer.Normalize(NoLabel) ? false : null);
        return Task.FromResult(answer is { } value ? new PromptRecognition<bool>(true, value) : default);
    }

    protected override IList<CardAction> SuggestedActions(ITurnContext turnContext, PromptOptions options) =>
        [SuggestedAction.ImBack(YesLabel), SuggestedAction.ImBack(NoLabel)];
}
