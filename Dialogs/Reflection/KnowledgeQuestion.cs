using System.Text.RegularExpressions;
using CoproBot.Knowledge.Answers;
using CoproBot.Knowledge.Catalog;
using CoproBot.Knowledge.Lookup;

namespace CoproBot.Dialogs.Reflection;

/// <summary>Tells a question about the cases, asked mid-reflection, from an answer to the reflection's own question.</summary>
/// <remarks>
/// Answers often start like questions ("What matters most is…"), so it takes the shape of a question (a question mark,
/// or question words and no full stop) and a confident reading of the knowledge; an answer taken for a question would be lost.
/// </remarks>
public static partial class KnowledgeQuestion
{
    private const int LongestQuestion = 200;

    public static Answer? TryAnswer(KnowledgeSnapshot knowledge, string? text, double minimumConfidence)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        text = text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > LongestQuestion)
        {
            return null;
        }

        var asked = text.EndsWith('?');
        if (!asked && !QuestionWords().IsMatch(text))
        {
            return null;
        }

        // Without a question mark, a reading of a whole case ("What matters most is that Esther…") is more likely an answer.
        var found = knowledge.Lookup.Find(text);
        var confident = found.IsAnswered && found.Confidence >= minimumConfidence && (asked || found.Kind != LookupKind.Overview);
        return confident ? knowledge.Composer.Compose(found) : null;
    }

    [GeneratedRegex(@"^(what|whats|what's|how|why|who|which|where|when|does|do|is|are|can|could|tell me|explain)\b[^.!]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex QuestionWords();
}
