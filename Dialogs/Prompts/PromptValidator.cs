namespace CoproBot.Dialogs.Prompts;

/// <summary>Accepts or rejects a recognised answer; a validator that replies itself (with <see cref="PromptValidatorContext{T}.ReplyAsync"/>) replaces the retry prompt.</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> prompt, CancellationToken cancellationToken);
