namespace CoproBot.Dialogs.Group;

/// <summary>One thing a participant gave at one step: words, a rating, or a pass. Stored as its own entity.</summary>
/// <remarks>
/// The user name is null when given anonymously, so the name is never stored at all. The id of the message that gave
/// it tells that same message, delivered twice, from the person sending the same words again.
/// </remarks>
public sealed record Contribution(string Id, int Step, string UserId, string? UserName, string? Text, int? Rating, bool Passed, DateTimeOffset At, string? ActivityId = null);
