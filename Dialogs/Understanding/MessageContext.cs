namespace CoproBot.Dialogs.Understanding;

/// <summary>What a message is read against: what is waiting for the person, the words of that prompt, and their language.</summary>
/// <param name="Awaiting">The prompt waiting for them.</param>
/// <param name="Prompt">The text they were asked (a guiding question, a principle), so "what does 'fulfill this' mean?" is known to be about it.</param>
/// <param name="Locale">Their language, for numbers and times.</param>
public sealed record MessageContext(Awaiting Awaiting, string? Prompt = null, string? Locale = null)
{
    public static MessageContext Anywhere { get; } = new(Awaiting.Nothing);
}
