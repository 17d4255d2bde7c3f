namespace CoproBot.Dialogs.Prompts;

/// <summary>A prompt's result when the user's answers were not understood often enough; the caller decides how to move on kindly.</summary>
public sealed record TooManyAttempts(string PromptId, int Attempts);
