using System.Text.RegularExpressions;
using CoproBot.Knowledge.Answers;
using CoproBot.Knowledge.Catalog;
using CoproBot.Knowledge.Lookup;

namespace CoproBot.Dialogs.Reflection;

/// <summary>Tells a question about the cases, asked mid-reflection, from an answer to the reflection's own question.</summary>
/// <remarks>
/// Answers often start like questions ("What matters most is…"), so it takes both the shape of a question and a
/// confident reading that names a case or a feature; an answer wrongly taken for a question would be lost.
/// </remarks>
public static partial class KnowledgeQuestion
{
    private const int LongestQuestion = 200;

    public static Answer? TryAnswer(KnowledgeSnapshot knowledge, string? text, double minimumConfidence)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        if (string.IsNullOrWhiteSpace(text) || text.Length > LongestQuestion || !Shape().IsMatch(text.Trim()))
        {
            return null;
        }

        var found = knowledge.Lookup.Find(text);
        var named = found.Kind is LookupKind.Feature or LookupKind.Overview or LookupKind.Comparison;
        return named && found.Confidence >= minimumConfidence ? knowledge.Composer.Compose(found) : null;
    }

    // A question mark, or a question word and nothing that ends a statement.
    [GeneratedRegex(@"\?\s*$|^(what|whats|what's|how|why|who|which|where|when|does|do|is|are|can|could|tell me|explain)\b[^.!]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Shape();
}
