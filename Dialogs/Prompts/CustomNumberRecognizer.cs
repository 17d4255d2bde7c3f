namespace CoproBot.Dialogs.Prompts;

/// <summary>Reads a number from words a feature gives its own meaning, such as "mostly" for 4 on a 1–5 scale; null when it does not apply.</summary>
public delegate double? CustomNumberRecognizer(string text, string? locale);
