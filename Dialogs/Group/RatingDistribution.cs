using System.Globalization;
using System.Text;

namespace CoproBot.Dialogs.Group;

/// <summary>How a group rated one principle, as text that reads the same without colour or a screen: bars and words.</summary>
public static class RatingDistribution
{
    private const char Bar = '▇';

    /// <summary>Each person's latest rating at the step counts once.</summary>
    public static IReadOnlyList<int> LatestRatings(IEnumerable<Contribution> contributions, int step) =>
        [.. Latest(contributions, step).Select(c => c.Rating!.Value)];

    /// <summary>The rating each person gave last at the step: a new rating replaces their earlier one.</summary>
    public static IEnumerable<Contribution> Latest(IEnumerable<Contribution> contributions, int step) =>
        contributions.Where(c => c.Step == step && c.Rating is not null)
            .GroupBy(c => c.UserId, StringComparer.Ordinal)
            .Select(g => g.OrderBy(c => c.At).ThenBy(c => c.Id, StringComparer.Ordinal).Last());

    public static string Render(IReadOnlyList<int> ratings)
    {
        if (ratings.Count == 0)
        {
            return "No ratings yet.";
        }

        var text = new StringBuilder();
        for (var score = 5; score >= 1; score--)
        {
            var count = ratings.Count(r => r == score);
            var words = count switch
            {
                0 => $"nobody rated {score}",
                1 => $"1 person rated {score}",
                _ => $"{count} people rated {score}",
            };
            text.AppendLine(CultureInfo.InvariantCulture, $"{score} {new string(Bar, count)} {count} ({words})");
        }

        text.Append(CultureInfo.InvariantCulture, $"{Plural(ratings.Count, "rating")}, average {ratings.Average():0.0} out of 5.");
        return text.ToString();
    }

    public static string Plural(int count, string noun) =>
        count == 1 ? $"1 {noun}" : string.Create(CultureInfo.InvariantCulture, $"{count} {noun}s");
}
