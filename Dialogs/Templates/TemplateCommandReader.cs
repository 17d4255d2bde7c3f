using System.Text.RegularExpressions;

namespace CoproBot.Dialogs.Templates;

/// <summary>Reads requests about templates in English and French: "new template", "edit template Ward check", "modèles"…</summary>
/// <remarks>
/// Every request names templates in its words ("template", "modèle") or is a verb no other feature uses ("preview"),
/// so "reflect on ESTHER", "export csv" and questions about the cases are never taken for one.
/// </remarks>
public static partial class TemplateCommandReader
{
    public static TemplateCommand Read(string? text)
    {
        var words = (text ?? string.Empty).Trim();
        if (words.Length == 0)
        {
            return TemplateCommand.None;
        }

        if (Import().Match(words) is { Success: true } import)
        {
            return new TemplateCommand(TemplateCommandKind.Import, import.Groups["json"].Value.Trim());
        }

        if (New().IsMatch(words))
        {
            return new TemplateCommand(TemplateCommandKind.New);
        }

        if (List().IsMatch(words))
        {
            return new TemplateCommand(TemplateCommandKind.List);
        }

        foreach (var (pattern, kind) in Named)
        {
            if (pattern.Match(words) is { Success: true } named)
            {
                return new TemplateCommand(kind, named.Groups["name"].Value.Trim().Trim('"', '\u201c', '\u201d', '\u00ab', '\u00bb').Trim());
            }
        }

        return TemplateCommand.None;
    }

    private static readonly (Regex Pattern, TemplateCommandKind Kind)[] Named =
    [
        (Preview(), TemplateCommandKind.Preview),
        (Edit(), TemplateCommandKind.Edit),
        (Delete(), TemplateCommandKind.Delete),
        (Share(), TemplateCommandKind.Share),
        (Export(), TemplateCommandKind.Export),
    ];

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"^(?:(?:create|make|start)\s+(?:a\s+)?(?:new\s+)?|new\s+)(?:reflection\s+)?template$|^(?:(?:cr[ée]er|faire)\s+un\s+(?:nouveau\s+)?|nouveau\s+)mod[èe]le$", Options, 1000)]
    private static partial Regex New();

    [GeneratedRegex(@"^(?:(?:list|show|see)\s+)?(?:(?:my|our|the|all)\s+)?templates$|^(?:(?:voir|lister)\s+)?(?:(?:mes|nos|les)\s+)?mod[èe]les$", Options, 1000)]
    private static partial Regex List();

    [GeneratedRegex(@"^(?:preview|show|see)\s+(?:the\s+)?template\s+(?<name>.+)$|^preview\s+(?<name>.+)$|^(?:aper[çc]u|voir)\s+(?:du\s+|le\s+)?mod[èe]le\s+(?<name>.+)$", Options, 1000)]
    private static partial Regex Preview();

    [GeneratedRegex(@"^(?:edit|change)\s+(?:the\s+)?template\s+(?<name>.+)$|^modifier\s+(?:le\s+)?mod[èe]le\s+(?<name>.+)$", Options, 1000)]
    private static partial Regex Edit();

    [GeneratedRegex(@"^(?:delete|remove)\s+(?:the\s+)?template\s+(?<name>.+)$|^supprimer\s+(?:le\s+)?mod[èe]le\s+(?<name>.+)$", Options, 1000)]
    private static partial Regex Delete();

    [GeneratedRegex(@"^share\s+(?:the\s+)?template\s+(?<name>.+?)(?:\s+with\s+(?:the|my|our)\s+team)?$|^partager\s+(?:le\s+)?mod[èe]le\s+(?<name>.+?)(?:\s+avec\s+l[’']?[ée]quipe)?$", Options, 1000)]
    private static partial Regex Share();

    [GeneratedRegex(@"^export\s+(?:the\s+)?template\s+(?<name>.+?)(?:\s+as\s+json)?$|^exporter\s+(?:le\s+)?mod[èe]le\s+(?<name>.+?)(?:\s+en\s+json)?$", Options, 1000)]
    private static partial Regex Export();

    [GeneratedRegex(@"^(?:import\s+(?:a\s+|the\s+)?template|importer\s+(?:un\s+|le\s+)?mod[èe]le)(?<json>.*)$", Options | RegexOptions.Singleline, 1000)]
    private static partial Regex Import();
}
