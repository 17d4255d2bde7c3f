using System.Globalization;
using System.Text;

namespace CoproBot.Dialogs.Reflection;

/// <summary>A finished reflection as a Markdown document: answers, ratings, the strongest principles and those to work on.</summary>
public static class ReflectionSummary
{
    /// <param name="plan">The case's questions and principles.</param>
    /// <param name="progress">The person's answers.</param>
    /// <param name="completed">When, on the person's own clock.</param>
    public static string Markdown(ReflectionPlan plan, ReflectionProgress progress, DateTimeOffset completed)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(progress);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Reflection on {plan.Case.Name}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"_Case {plan.Case.Number}: {plan.Case.Name}. Completed {completed:d MMMM yyyy}")
            .Append(progress.Place is null ? string.Empty : $". Community: {progress.Place}").Append("._\n\n");

        text.Append("## Guiding questions\n\n");
        for (var i = 0; i < plan.Questions.Count; i++)
        {
            var asked = QuestionWording.Asked(plan.Questions[i], progress.Place);
            text.Append(CultureInfo.InvariantCulture, $"**{asked}**\n\n{progress.Answers.GetValueOrDefault(i) ?? "_(skipped)_"}\n\n");
        }

        text.Append("## Inclusivity principles\n\n");
        for (var i = 0; i < plan.Principles.Count; i++)
        {
            var rating = progress.Ratings.TryGetValue(i, out var r) ? $"{r}/5" : "not rated";
            var note = progress.Notes.TryGetValue(i, out var n) ? $" — {n}" : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"- {plan.Principles[i]}: {rating}{note}\n");
        }

        var (strongest, toWorkOn) = Extremes(plan, progress);
        text.Append("\n**Strongest:** ").Append(strongest.Count > 0 ? string.Join("; ", strongest) : "none rated 4 or 5 yet").Append('\n');
        text.Append("**To work on:** ").Append(toWorkOn.Count > 0 ? string.Join("; ", toWorkOn) : "none rated 3 or lower").Append('\n');
        return text.ToString();
    }

    /// <summary>The principles at the top score (4 or 5) and those at the bottom score (3 or lower).</summary>
    public static (IReadOnlyList<string> Strongest, IReadOnlyList<string> ToWorkOn) Extremes(ReflectionPlan plan, ReflectionProgress progress)
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
            top >= 4 ? Named(plan, rated.Where(r => r.Value == top)) : [],
            bottom <= 3 ? Named(plan, rated.Where(r => r.Value == bottom)) : []);
    }

    private static List<string> Named(ReflectionPlan plan, IEnumerable<KeyValuePair<int, int>> ratings) =>
        [.. ratings.OrderBy(r => r.Key).Select(r => $"{plan.Principles[r.Key]} ({r.Value}/5)")];
}
