namespace CoproBot.Bot.Conversation;

/// <summary>The language a person chose ("français", "english"), kept with their own state in the conversation.</summary>
/// <remarks>Kept only once they choose; "my data" shows it and "forget me" deletes it with the rest of their state.</remarks>
public sealed class LanguagePreference
{
    public const string Property = "LanguagePreference";

    /// <summary>The chosen language's code ("en", "fr").</summary>
    public string? Code { get; set; }
}
