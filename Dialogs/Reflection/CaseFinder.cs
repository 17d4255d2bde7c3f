using CoproBot.Dialogs.Understanding;
using CoproBot.Knowledge.Catalog;

namespace CoproBot.Dialogs.Reflection;

/// <summary>Finds the case named in "reflect on …": by number, name or alias, else by the knowledge lookup.</summary>
public static class CaseFinder
{
    public static string? Find(KnowledgeSnapshot knowledge, string? words)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var wanted = Normalise(words);
        if (wanted.Length == 0)
        {
            return null;
        }

        var cases = knowledge.Knowledge.Cases;
        var named = cases.FirstOrDefault(c =>
            wanted == $"case {c.Number}" || wanted == c.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)
            || wanted == Normalise(c.Name) || c.Aliases.Any(a => Normalise(a) == wanted));
        if (named is not null)
        {
            return named.Id;
        }

        var found = knowledge.Lookup.Find(words!);
        return found.CaseIds.Count == 1 ? found.CaseIds[0] : null;
    }

    private static string Normalise(string? words) => MessageWords.Joined(MessageWords.Split(words));
}
