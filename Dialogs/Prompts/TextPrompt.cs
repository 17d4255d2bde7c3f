using CoproBot.Dialogs.Replies;
using Microsoft.Bot.Builder;

namespace CoproBot.Dialogs.Prompts;

/// <summary>Asks for free text; any non-blank message is an answer.</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override Task<PromptRecognition<string>> RecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = IncomingMessage.Of(turnContext).Text;
        return Task.FromResult(string.IsNullOrEmpty(text) ? default(PromptRecognition<string>) : new PromptRecognition<string>(true, text));
    }
}
