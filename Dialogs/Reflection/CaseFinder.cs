using CoproBot.Dialogs.Understanding;
using CoproBot.Knowledge.Catalog;
using CoproBot.Knowledge.Model;

namespace CoproBot.Dialogs.Reflection;

/// <summary>Finds the case named in "reflect on …": by number, name or alias, else by the knowledge lookup.</summary>
public static class CaseFinder
{
    public static string? Find(KnowledgeSnapshot knowledge, string? words)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        if (Named(knowledge, words) is { } named)
        {
            return named;
        }

        var wanted = Normalise(words);
        if (wanted.Length == 0)
        {
            return null;
        }

        // "ESTHER please", "ESTHER s'il vous plaît", "the Dundee one": one case named among other words.
        var within = knowledge.Knowledge.Cases.Where(c => Names(c).Any(name => Contains(wanted, name))).Select(c => c.Id).Distinct().ToList();
        if (within.Count == 1)
        {
            return within[0];
        }

        var found = knowledge.Lookup.Find(words!);
        return found.CaseIds.Count == 1 ? found.CaseIds[0] : null;
    }

    /// <summary>The case the words name exactly (its number, name or an alias), with no looser reading; null when they name none.</summary>
    public static string? Named(KnowledgeSnapshot knowledge, string? words)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var wanted = Normalise(words);
        if (wanted.Length == 0)
        {
            return null;
        }

        return knowledge.Knowledge.Cases.FirstOrDefault(c =>
            wanted == $"case {c.Number}" || wanted == c.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)
            || wanted == Normalise(c.Name) || c.Aliases.Any(a => Normalise(a) == wanted))?.Id;
    }

    private static IEnumerable<string> Names(CaseStudy coproCase) =>
        coproCase.Aliases.Prepend(coproCase.Name).Select(Normalise).Where(name => name.Length > 0);

    private static bool Contains(string words, string name) => $" {words} ".Contains($" {name} ", StringComparison.Ordinal);

    private static string Normalise(string? words) => MessageWords.Joined(MessageWords.Split(words));
}
