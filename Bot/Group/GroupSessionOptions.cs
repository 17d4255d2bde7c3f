using System.ComponentModel.DataAnnotations;

namespace CoproBot.Bot.Group;

/// <summary>How long group sessions are kept, and how often expired ones are looked for.</summary>
public sealed class GroupSessionOptions
{
    public const string Section = "GroupSessions";

    /// <summary>Days a session (its contributions, ratings, parking lot and participants) is kept after it starts.</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 30;

    [Range(1, 24 * 7)]
    public int PurgeIntervalHours { get; set; } = 6;
}
