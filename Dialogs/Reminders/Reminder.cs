namespace CoproBot.Dialogs.Reminders;

/// <summary>A promise to write to one person in one conversation at one moment, about a named topic (a case, never their words).</summary>
public sealed record Reminder(string ChannelId, string ConversationId, string UserId, DateTimeOffset Due, string TimeZoneId, string Topic);
