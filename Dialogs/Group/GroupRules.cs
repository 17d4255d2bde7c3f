namespace CoproBot.Dialogs.Group;

/// <summary>The limits a group session keeps, so every voice has room and nothing grows without bound.</summary>
/// <param name="RetentionDays">Days a session is kept after it starts.</param>
/// <param name="MaxContributionsPerQuestion">How many contributions one person may give to one question.</param>
/// <param name="MaxContributionLength">The longest contribution kept, in characters.</param>
public sealed record GroupRules(int RetentionDays, int MaxContributionsPerQuestion, int MaxContributionLength);
