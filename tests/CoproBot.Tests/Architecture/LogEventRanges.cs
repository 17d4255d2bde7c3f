namespace CoproBot.Tests.Architecture;

/// <summary>Which log event ids each area of the bot may use. This is the one place they are allocated.</summary>
/// <remarks>
/// A log event is found by its id in dashboards and in the runbook's troubleshooting table, so an id must name one
/// event only. An area takes the longest namespace prefix that matches its logging class.
/// </remarks>
public static class LogEventRanges
{
    public static readonly IReadOnlyList<(string Namespace, int First, int Last)> All =
    [
        ("CoproBot.Bot", 1000, 1049),
        ("CoproBot.Bot.Teams", 1050, 1059),
        ("CoproBot.Bot.Care", 1060, 1069),
        ("CoproBot.Bot.Observability", 1100, 1149),
        ("CoproBot.Bot.Discord", 1200, 1249),
        ("CoproBot.Dialogs.Engine", 2000, 2049),
        ("CoproBot.Dialogs.Reflection", 2100, 2149),
        ("CoproBot.Bot.Reflection", 2150, 2199),
        ("CoproBot.Bot.Group", 2200, 2249),
        ("CoproBot.Dialogs.Group", 2250, 2299),
        ("CoproBot.Dialogs.Templates", 2300, 2349),
        ("CoproBot.Knowledge", 3000, 3099),
        ("CoproBot.Storage", 4000, 4099),
    ];

    /// <summary>The range a logging class in this namespace may use; null when no area claims it.</summary>
    public static (string Namespace, int First, int Last)? For(string? @namespace) =>
        All.Where(range => @namespace == range.Namespace || (@namespace?.StartsWith(range.Namespace + ".", StringComparison.Ordinal) ?? false))
            .OrderByDescending(range => range.Namespace.Length)
            .Select(range => ((string, int, int)?)range)
            .FirstOrDefault();
}
