namespace CoproBot.Dialogs.Prompts;

/// <summary>What a prompt understood from an answer, if anything; <c>default</c> means nothing.</summary>
public readonly record struct PromptRecognition<T>(bool Succeeded, T? Value);
