namespace CoproBot.Dialogs.Reminders;

/// <summary>A promise to write to one person in one conversation at one moment, about a named topic (a case, never their words).</summary>
/// <remarks>
/// <see cref="Language"/> is the code of the language the person was spoken to in when they asked ("fr"), so the
/// reminder is written in it; it is null for a reminder set before reminders kept it.
/// </remarks>
public sealed record Reminder(string ChannelId, string ConversationId, string UserId, DateTimeOffset Due, string TimeZoneId, string Topic, string? Language = null);
