using System.Globalization;
using System.Text.RegularExpressions;
using CoproBot.Dialogs.Reflection;
using CoproBot.Knowledge.Model;

namespace CoproBot.Dialogs.Templates;

/// <summary>Reads the questions or principles a person writes: one per line, "keep" for the case's own, numbers for the cases' principles.</summary>
public static partial class TemplateLines
{
    /// <summary>Every case's principles, numbered in one list, so a person can choose them by number.</summary>
    public static IReadOnlyList<(string CaseName, string Principle)> CasePrinciples(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return [.. knowledge.Cases.SelectMany(c => ReflectionPlan.CaseLines(knowledge, c.Id, ReflectionPlan.PrinciplesFeature).Select(p => (c.Name, p)))];
    }

    /// <summary>The lines as written; null for "keep" (the case's own are wanted); empty for "none".</summary>
    public static IReadOnlyList<string>? Read(string? text, IReadOnlyList<(string CaseName, string Principle)>? numbered = null)
    {
        var trimmed = (text ?? string.Empty).Trim();
        if (Keep().IsMatch(trimmed))
        {
            return null;
        }

        if (None().IsMatch(trimmed))
        {
            return [];
        }

        var lines = new List<string>();
        foreach (var raw in trimmed.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var line = Bullet().Replace(raw, string.Empty).Trim();
            if (numbered is not null && Numbers().IsMatch(line))
            {
                // "1, 4, 7": the cases' principles by their numbers in the list shown; a number not in it stays as written, to be refused plainly.
                foreach (var n in line.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries))
                {
                    var i = int.Parse(n, NumberStyles.None, CultureInfo.InvariantCulture);
                    lines.Add(i >= 1 && i <= numbered.Count ? numbered[i - 1].Principle : string.Empty);
                }

                continue;
            }

            lines.Add(line);
        }

        return lines;
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"^(?:keep|keep (?:them|those|these)|use (?:them|those|these)|same|garder|les garder|garde|pareil)[.!]?$", Options, 1000)]
    private static partial Regex Keep();

    [GeneratedRegex(@"^(?:none|no|nothing|aucune?|non|rien)[.!]?$", Options, 1000)]
    private static partial Regex None();

    [GeneratedRegex(@"^\d{1,3}(?:\s*[,; ]\s*\d{1,3})*$", Options, 1000)]
    private static partial Regex Numbers();

    // "1. …", "- …", "• …": a list pasted as a list is still one step a line.
    [GeneratedRegex(@"^(?:[-*•]\s+|\d{1,2}[.)]\s+)", Options, 1000)]
    private static partial Regex Bullet();
}
