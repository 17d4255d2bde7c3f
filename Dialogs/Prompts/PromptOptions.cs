using CoproBot.Dialogs.Replies;
using Microsoft.Bot.Schema;

namespace CoproBot.Dialogs.Prompts;

/// <summary>What a prompt asks, how it asks again, and how many unrecognised answers it accepts before giving up.</summary>
/// <remarks>Saved as JSON with the conversation, so it must stay plain data.</remarks>
public class PromptOptions
{
    public const int DefaultMaxAttempts = 3;

    public Activity? Prompt { get; init; }

    /// <summary>Sent after an answer that was not understood; the prompt itself is sent again when null.</summary>
    public Activity? RetryPrompt { get; init; }

    /// <summary>The question as a channel-neutral reply, rendered for the turn's channel each time it is asked; used when <see cref="Prompt"/> is null.</summary>
    /// <remarks>Kept as the reply rather than as a rendered card, so the saved conversation holds the words, not a channel's layout.</remarks>
    public Reply? Asked { get; init; }

    /// <summary>How it is asked again, as a reply; used when <see cref="RetryPrompt"/> is null.</summary>
    public Reply? AskedAgain { get; init; }

    public IReadOnlyList<Choice>? Choices { get; init; }

    /// <summary>How many unrecognised answers end the prompt with <see cref="TooManyAttempts"/>; 0 asks for ever.</summary>
    public int MaxAttempts { get; init; } = DefaultMaxAttempts;
}
