using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CoproBot.Dialogs.Prompts;

/// <summary>What a prompt validator sees: the recognised value, the options and how many answers came before.</summary>
public sealed record PromptValidatorContext<T>(ITurnContext Context, PromptRecognition<T> Recognized, PromptOptions Options, int AttemptCount)
{
    /// <summary>Whether the validator explained the problem itself, so the prompt does not ask again on top of it.</summary>
    public bool Replied { get; private set; }

    /// <summary>Sends the validator's own explanation, which takes the place of the retry prompt.</summary>
    /// <remarks>
    /// Said explicitly rather than read from <see cref="ITurnContext.Responded"/>: a turn whose replies are held until
    /// its state is saved has not yet responded when the validator returns.
    /// </remarks>
    public async Task ReplyAsync(IActivity activity, CancellationToken cancellationToken)
    {
        await Context.SendActivityAsync(activity, cancellationToken);
        Replied = true;
    }
}
