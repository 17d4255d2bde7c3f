namespace CoproBot.Dialogs.Group;

/// <summary>A message whose change a session's control state holds, and the status the session was in when it came.</summary>
/// <remarks>The status lets a second delivery of the message be read as the first was, before it began or ended the session.</remarks>
public sealed record AppliedMessage(string Id, SessionStatus Before);
