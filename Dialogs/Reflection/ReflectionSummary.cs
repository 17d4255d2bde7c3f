using System.Globalization;
using System.Text;
using CoproBot.Dialogs.Languages;

namespace CoproBot.Dialogs.Reflection;

/// <summary>A finished reflection as a Markdown document: answers, ratings, the strongest principles and those to work on.</summary>
public static class ReflectionSummary
{
    /// <param name="say">The language of the summary.</param>
    /// <param name="plan">The case's questions and principles.</param>
    /// <param name="progress">The person's answers.</param>
    /// <param name="completed">When, on the person's own clock.</param>
    /// <param name="words">The plan's lines in <paramref name="say"/>; a translated one keeps the original beside it, so the record holds the source's words.</param>
    public static string Markdown(Language say, ReflectionPlan plan, ReflectionProgress progress, DateTimeOffset completed, PlanWords? words = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(say);
        words ??= PlanWords.Original;
        var text = new StringBuilder();
        text.Append(say.Format(Phrase.SummaryTitle, plan.Name));
        text.Append(plan.Template is null && plan.Case is { } study
                ? say.Format(Phrase.SummaryCompleted, study.Number, study.Name, completed)
                : say.Format(Phrase.TemplateSummaryCompleted, plan.Name, completed))
            .Append(progress.Place is null ? string.Empty : say.Format(Phrase.SummaryCommunity, progress.Place)).Append("._\n\n");

        text.Append(say[Phrase.SummaryQuestions]);
        for (var i = 0; i < plan.Questions.Count; i++)
        {
            var asked = words.Question(i) is { } translated
                ? "**" + QuestionWording.AskedInTranslation(say, translated, plan.Questions[i], progress.Place) + "**" + say.Format(Phrase.CaseOriginalLine, plan.Questions[i])
                : "**" + QuestionWording.Asked(say, plan.Questions[i], progress.Place) + "**";
            text.Append(CultureInfo.InvariantCulture, $"{asked}\n\n{progress.Answers.GetValueOrDefault(i) ?? say[Phrase.SummarySkipped]}\n\n");
        }

        text.Append(say[Phrase.SummaryPrinciples]);
        for (var i = 0; i < plan.Principles.Count; i++)
        {
            var rating = progress.Ratings.TryGetValue(i, out var r) ? $"{r}/5" : say[Phrase.SummaryNotRated];
            var note = progress.Notes.TryGetValue(i, out var n) ? $" — {n}" : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"- {words.PrincipleWithOriginal(say, plan, i)}: {rating}{note}\n");
        }

        var (strongest, toWorkOn) = Extremes(plan, progress, words.Principle);
        text.Append(say[Phrase.SummaryStrongest]).Append(strongest.Count > 0 ? string.Join("; ", strongest) : say[Phrase.SummaryNoneStrong]).Append('\n');
        text.Append(say[Phrase.SummaryToWorkOn]).Append(toWorkOn.Count > 0 ? string.Join("; ", toWorkOn) : say[Phrase.SummaryNoneWeak]).Append('\n');
        return text.ToString();
    }

    /// <summary>The principles at the top score (4 or 5) and those at the bottom score (3 or lower).</summary>
    public static (IReadOnlyList<string> Strongest, IReadOnlyList<string> ToWorkOn) Extremes(ReflectionPlan plan, ReflectionProgress progress) =>
        Extremes(plan, progress, _ => null);

    // Named in the summary's language where a principle has a translation; the bullets above keep the original beside it.
    private static (IReadOnlyList<string> Strongest, IReadOnlyList<string> ToWorkOn) Extremes(ReflectionPlan plan, ReflectionProgress progress, Func<int, string?> translated)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(progress);
        var rated = progress.Ratings.Where(r => r.Key < plan.Principles.Count).ToList();
        if (rated.Count == 0)
        {
            return ([], []);
        }

        var top = rated.Max(r => r.Value);
        var bottom = rated.Min(r => r.Value);
        return (
            top >= 4 ? Named(plan, rated.Where(r => r.Value == top), translated) : [],
            bottom <= 3 ? Named(plan, rated.Where(r => r.Value == bottom), translated) : []);
    }

    private static List<string> Named(ReflectionPlan plan, IEnumerable<KeyValuePair<int, int>> ratings, Func<int, string?> translated) =>
        [.. ratings.OrderBy(r => r.Key).Select(r => $"{translated(r.Key) ?? plan.Principles[r.Key]} ({r.Value}/5)")];
}
