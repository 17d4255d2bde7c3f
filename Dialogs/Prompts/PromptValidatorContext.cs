using Microsoft.Bot.Builder;

namespace CoproBot.Dialogs.Prompts;

/// <summary>What a prompt validator sees: the recognised value, the options and how many answers came before.</summary>
public sealed record PromptValidatorContext<T>(ITurnContext Context, PromptRecognition<T> Recognized, PromptOptions Options, int AttemptCount);
