using System.Text;
using System.Text.RegularExpressions;
using CoproBot.Dialogs.Languages;
using CoproBot.Knowledge.Model;

namespace CoproBot.Dialogs.Reflection;

/// <summary>Says what a guiding question is getting at, from the case's own text, quoted verbatim and never reworded.</summary>
public static partial class QuestionExplainer
{
    private const int Quotes = 2;
    private const int StemLength = 6;
    private const string VulnerabilityFeature = "addressing-vulnerability";

    private static readonly HashSet<string> Ordinary = new(StringComparer.Ordinal)
    {
        "what", "whats", "is", "are", "for", "or", "to", "who", "do", "does", "we", "the", "and", "a", "an", "of", "in", "how",
        "your", "work", "this", "that", "these", "would", "make", "with", "from", "by", "on", "at", "be", "it", "its", "our",
    };

    public static string Explain(Language say, KnowledgeBase knowledge, ReflectionPlan plan, int index, string? place)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(say);
        var question = plan.Questions[index];
        var text = new StringBuilder();
        text.Append(plan.Template is null ? say.Format(Phrase.ReflectionAboutQuestion, plan.Name) : say.Format(Phrase.TemplateAboutQuestion, plan.Name));
        if (!QuestionWording.IsQuestion(question))
        {
            text.Append(say.Format(Phrase.ReflectionAboutAim, question));
        }

        if (PlaceWording.Find(question) is { } named && !string.IsNullOrWhiteSpace(place))
        {
            text.Append(say.Format(Phrase.ReflectionAboutPlace, named, place.Trim()));
        }

        // A question that points back ("Who needs to cooperate to fulfill this?") is about the one before it too.
        var about = question;
        if (index > 0 && PointsBack().Match(question) is { Success: true } back)
        {
            text.Append(say.Format(Phrase.ReflectionAboutPointsBack, back.Value, plan.Questions[index - 1]));
            about += " " + plan.Questions[index - 1];
        }

        // A template's question is explained from the case it builds on, when it builds on one; its own words need no more.
        foreach (var (title, sentence) in plan.Case is { } study ? Closest(knowledge, study, about) : [])
        {
            text.Append(say.Format(Phrase.ReflectionAboutOwnWords, title, sentence));
        }

        text.Append(say[Phrase.ReflectionAboutNoRightAnswer]);
        return text.ToString();
    }

    // The sentences of the case that share most words with the question (its name aside, which is everywhere), the
    // case's own account of its approach and of vulnerability first on a tie; the approach's first sentence when none does.
    private static List<(string Title, string Sentence)> Closest(KnowledgeBase knowledge, CaseStudy study, string question)
    {
        var wanted = Stems(question);
        wanted.ExceptWith(Stems(string.Join(' ', study.Aliases.Append(study.Name).Where(name => !name.Contains(' ', StringComparison.Ordinal)))));
        var scored = new List<(string Title, string Sentence, int Score, int Preference, int Order)>();
        foreach (var feature in knowledge.Features.Where(f => f.Id != ReflectionPlan.QuestionsFeature))
        {
            var cell = knowledge.Cell(study.Id, feature.Id);
            var sentences = cell.IsList ? cell.Items : SentenceEnd().Split(cell.Text ?? string.Empty);
            var preference = feature.Id switch { ReflectionPlan.ApproachFeature => 0, VulnerabilityFeature => 1, _ => 2 };
            foreach (var sentence in sentences.Select(s => s.Trim()).Where(s => s.Length > 0))
            {
                scored.Add((feature.Title, sentence, Stems(sentence).Count(wanted.Contains), preference, scored.Count));
            }
        }

        var best = scored.Where(s => s.Score > 0).OrderByDescending(s => s.Score).ThenBy(s => s.Preference).ThenBy(s => s.Order).Take(Quotes).ToList();
        if (best.Count == 0 && scored.FirstOrDefault(s => s.Title == Title(knowledge, ReflectionPlan.ApproachFeature)) is { Sentence: not null } approach)
        {
            best.Add(approach);
        }

        return [.. best.OrderBy(s => s.Order).Select(s => (s.Title, s.Sentence))];
    }

    private static string? Title(KnowledgeBase knowledge, string featureId) =>
        knowledge.HasFeature(featureId) ? knowledge.Feature(featureId).Title : null;

    private static HashSet<string> Stems(string text) =>
        [.. Word().Matches(text.ToLowerInvariant()).Select(m => m.Value.Replace("'", string.Empty, StringComparison.Ordinal).Replace("’", string.Empty, StringComparison.Ordinal))
            .Where(w => w.Length > 2 && !Ordinary.Contains(w))
            .Select(Stem)];

    private static string Stem(string word)
    {
        foreach (var ending in new[] { "ing", "ed", "es", "s" })
        {
            if (word.Length > ending.Length + 3 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                word = word[..^ending.Length];
                break;
            }
        }

        return word.Length > StemLength ? word[..StemLength] : word;
    }

    [GeneratedRegex(@"\b(?:this|that|these|those)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PointsBack();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=\p{Lu})", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\p{L}'’]+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Word();
}
