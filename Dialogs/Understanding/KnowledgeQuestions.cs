using System.Text.RegularExpressions;
using CoproBot.Knowledge.Catalog;
using CoproBot.Knowledge.Lookup;

namespace CoproBot.Dialogs.Understanding;

/// <summary>Tells a question about the cases, asked mid-reflection, from an answer to the reflection's own question.</summary>
/// <remarks>
/// Answers often start like questions ("What matters most is…"), so it takes the shape of a question (a question mark,
/// or question words and no full stop) and a confident reading of the knowledge; an answer taken for a question would be lost.
/// </remarks>
internal sealed partial class KnowledgeQuestions(KnowledgeCatalog knowledge, double minimumConfidence)
{
    private const int LongestQuestion = 200;
    private const string QuestionsFeature = "guiding-questions";

    /// <summary>The lookup's confidence when the text is a question about the cases; null when it is not one.</summary>
    public double? Asks(string text)
    {
        if (text.Length > LongestQuestion)
        {
            return null;
        }

        var asked = text.EndsWith('?');
        if (!asked && !QuestionWords().IsMatch(text))
        {
            return null;
        }

        var current = knowledge.Current;
        var found = current.Lookup.Find(text);
        if (!found.IsAnswered || found.Confidence < minimumConfidence)
        {
            return null;
        }

        // Without a question mark, a reading of a whole case is more likely an answer, and so is a feature that only
        // meaning came near: "What matters most is that Esther is heard" is about what ESTHER values, as an answer to
        // its guiding question should be. A feature named in words ("what are ESTHER's principles") or the table's own
        // words ("remind me what the asset-based approach is") still make a question.
        if (!asked && (found.Kind == LookupKind.Overview
            || (found.Kind is LookupKind.Feature or LookupKind.Comparison && !found.NamesFeature)))
        {
            return null;
        }

        // "How many questions are left?" finds every case's guiding questions: it is about the reflection's own question.
        var everyCase = found.CaseIds.Count >= current.Knowledge.Cases.Count;
        if (everyCase && found.FeatureIds.Count == 1 && found.FeatureIds[0] == QuestionsFeature)
        {
            return null;
        }

        return found.Confidence;
    }

    [GeneratedRegex(@"^(?:(?:hang on|wait|sorry|before i answer|quick question|ok|so)[\s,]+)?(what|whats|what's|how|why|who|which|where|when|does|do|is|are|can|could|tell me|explain|remind me (?:what|who|how|which|of|about))\b[^.!]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex QuestionWords();
}
