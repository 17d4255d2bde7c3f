using System.ComponentModel.DataAnnotations;

namespace CoproBot.Bot.Group;

/// <summary>How long group sessions are kept, how often expired ones are looked for, and the limits on what one person gives.</summary>
public sealed class GroupSessionOptions
{
    public const string Section = "GroupSessions";

    /// <summary>Days a session (its contributions, ratings, parking lot and participants) is kept after it starts.</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 30;

    [Range(1, 24 * 7)]
    public int PurgeIntervalHours { get; set; } = 6;

    /// <summary>How many contributions one person may give to one question; ratings replace each other and are not counted.</summary>
    [Range(1, 100)]
    public int MaxContributionsPerQuestion { get; set; } = 5;

    /// <summary>The longest contribution kept, in characters.</summary>
    [Range(100, 20_000)]
    public int MaxContributionLength { get; set; } = 2_000;
}
