using System.Globalization;
using System.Text.RegularExpressions;

namespace CoproBot.Dialogs.Templates;

/// <summary>Reads a change to a template in English or French: "rename Ward check", "add question …", "move 3 to 1", "done".</summary>
public static partial class TemplateEditReader
{
    public static TemplateEdit Read(string? text)
    {
        var words = (text ?? string.Empty).Trim();
        if (Done().IsMatch(words))
        {
            return new TemplateEdit(TemplateEditKind.Done);
        }

        if (Move().Match(words) is { Success: true } move)
        {
            return new TemplateEdit(TemplateEditKind.Move, Step: Number(move, "n"), To: Number(move, "m"));
        }

        if (Remove().Match(words) is { Success: true } remove)
        {
            return new TemplateEdit(TemplateEditKind.Remove, Step: Number(remove, "n"));
        }

        if (Change().Match(words) is { Success: true } change)
        {
            return new TemplateEdit(TemplateEditKind.Change, change.Groups["text"].Value, Number(change, "n"));
        }

        if (AddQuestion().Match(words) is { Success: true } question)
        {
            return new TemplateEdit(TemplateEditKind.AddQuestion, question.Groups["text"].Value);
        }

        if (AddPrinciple().Match(words) is { Success: true } principle)
        {
            return new TemplateEdit(TemplateEditKind.AddPrinciple, principle.Groups["text"].Value);
        }

        return Rename().Match(words) is { Success: true } rename
            ? new TemplateEdit(TemplateEditKind.Rename, rename.Groups["text"].Value.Trim().Trim('"', '\u201c', '\u201d'))
            : new TemplateEdit(TemplateEditKind.Unknown);
    }

    private static int Number(Match match, string group) =>
        int.TryParse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline;

    [GeneratedRegex(@"^(?:done|finished|that'?s (?:it|all)|save|stop editing|termin[ée]|fini|c'est tout|enregistrer)[.!]?$", Options, 1000)]
    private static partial Regex Done();

    [GeneratedRegex(@"^(?:move|d[ée]placer)\s+(?:step\s+|l'[ée]tape\s+)?(?<n>\d{1,3})\s+(?:to|up to|down to|en|[àa]|vers)?\s*(?:position\s+|step\s+)?(?<m>\d{1,3})$", Options, 1000)]
    private static partial Regex Move();

    [GeneratedRegex(@"^(?:remove|delete|drop|retirer|supprimer|enlever)\s+(?:step\s+|l'[ée]tape\s+)?(?<n>\d{1,3})$", Options, 1000)]
    private static partial Regex Remove();

    [GeneratedRegex(@"^(?:change|replace|reword|edit|changer|remplacer|modifier)\s+(?:step\s+|l'[ée]tape\s+)?(?<n>\d{1,3})\s*(?:to|with|par|en|:)?\s+(?<text>.+)$", Options, 1000)]
    private static partial Regex Change();

    [GeneratedRegex(@"^(?:add|ajouter)\s+(?:a\s+|another\s+|une\s+)?question\s*:?\s+(?<text>.+)$", Options, 1000)]
    private static partial Regex AddQuestion();

    [GeneratedRegex(@"^(?:add|ajouter)\s+(?:a\s+|another\s+|un\s+)?(?:principle|principe)\s*:?\s+(?<text>.+)$", Options, 1000)]
    private static partial Regex AddPrinciple();

    [GeneratedRegex(@"^(?:rename|renommer)\s+(?:it\s+|le\s+)?(?:to\s+|en\s+)?(?<text>.+)$", Options, 1000)]
    private static partial Regex Rename();
}
