using System.Text.RegularExpressions;

namespace CoproBot.Dialogs.Group;

/// <summary>Reads the few phrases that steer a group session; everything else is a contribution.</summary>
public static partial class GroupCommandReader
{
    public static GroupCommand Read(string text)
    {
        var words = Normalise(text);
        foreach (var (pattern, kind) in Patterns)
        {
            if (pattern.Match(words) is { Success: true } match)
            {
                return new GroupCommand(kind, match.Groups["arg"].Success ? Original(text, match.Groups["arg"].Value) : string.Empty);
            }
        }

        return new GroupCommand(GroupCommandKind.None);
    }

    private static readonly (Regex Pattern, GroupCommandKind Kind)[] Patterns =
    [
        (Start(), GroupCommandKind.Start),
        (HandOver(), GroupCommandKind.HandOver),
        (MakeFacilitator(), GroupCommandKind.HandOver),
        (Fixed("join|join in|count me in|i'm in|im in"), GroupCommandKind.Join),
        (Fixed("next|next question|next step|move on|carry on"), GroupCommandKind.Next),
        (Fixed("reveal|reveal all|show all|show contributions|show ratings"), GroupCommandKind.Reveal),
        (Reopen(), GroupCommandKind.Reopen),
        (Mode(), GroupCommandKind.Mode),
        (Fixed("end|end session|end the session|finish|finish session|wrap up|stop session|close session"), GroupCommandKind.End),
        (Fixed("pass|skip me|i pass|i'll pass|ill pass"), GroupCommandKind.Pass),
        (Fixed("parking lot|show parking lot|parked|parked topics"), GroupCommandKind.ParkingLot),
        (Own(), GroupCommandKind.Own),
        (Park(), GroupCommandKind.Park),
        (Fixed("withdraw|withdraw my contributions|withdraw mine|withdraw my contribution|remove my contributions|delete my contributions"), GroupCommandKind.Withdraw),
        (Fixed("export markdown|export md|export as markdown|export summary"), GroupCommandKind.ExportMarkdown),
        (Fixed("export csv|export as csv|export spreadsheet"), GroupCommandKind.ExportCsv),
        (Fixed("status|session status|where are we"), GroupCommandKind.Status),
        (Fixed("contribute|add contribution|answer|rate"), GroupCommandKind.Contribute),
        (Fixed("help|group help|session help|what can i say"), GroupCommandKind.Help),
    ];

    private static string Normalise(string text) =>
        Spaces().Replace(text.Trim().TrimEnd('.', '!', '?').Replace('’', '\'').ToLowerInvariant(), " ");

    // The argument keeps the person's own capitals: topics and names are theirs.
    private static string Original(string text, string lowered)
    {
        var cleaned = Spaces().Replace(text.Trim().TrimEnd('.', '!', '?').Replace('’', '\''), " ");
        var at = cleaned.LastIndexOf(lowered, StringComparison.OrdinalIgnoreCase);
        return (at >= 0 ? cleaned.Substring(at, lowered.Length) : lowered).Trim();
    }

    private static Regex Fixed(string alternatives) =>
        new("^(?:" + alternatives + ")$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    [GeneratedRegex(@"^(?:please )?(?:facilitate|(?:start|run|begin|open) (?:a |the )?group (?:reflection|session)(?: on| about| for)?)\s+(?<arg>.+)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Start();

    [GeneratedRegex(@"^(?:hand(?: |-)?over(?: facilitation)? to|pass (?:the )?facilitat(?:or|ion)(?: role)? to)\s+(?<arg>.+)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex HandOver();

    [GeneratedRegex(@"^make\s+(?<arg>.+?)\s+(?:the )?facilitator$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MakeFacilitator();

    [GeneratedRegex(@"^(?:reopen|go back(?: to)?|back to|back)(?:\s+(?:step|question|principle))?(?:\s+(?<arg>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Reopen();

    [GeneratedRegex(@"^(?:mode|switch(?: mode)? to|change(?: the)? mode to|set(?: the)? mode to)\s+(?<arg>.+?)(?: mode)?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Mode();

    [GeneratedRegex(@"^(?:i'?ll own|i will own|i can own|own)(?: parked| topic| item)?\s*#?\s*(?<arg>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Own();

    [GeneratedRegex(@"^park(?:ing lot)?:?\s+(?<arg>.+)$", RegexOptions.CultureInvariant | RegexOptions.Singleline, 1000)]
    private static partial Regex Park();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Spaces();
}
