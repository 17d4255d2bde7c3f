using CoproBot.Dialogs.Prompts;
using CoproBot.Dialogs.Understanding;
using Microsoft.Bot.Builder;

namespace CoproBot.Dialogs.Reflection;

/// <summary>Asks for a principle's 1–5 rating and takes the rating the reflection read in the message, so the reader is the only one reading it.</summary>
internal sealed class RatingPrompt(string id) : Prompt<double>(id, validator: null)
{
    protected override Task<PromptRecognition<double>> RecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(TurnMeaning.Last(turnContext) is { Kind: MeaningKind.Rating, Rating: { } rating }
            ? new PromptRecognition<double>(true, rating)
            : default);
}
