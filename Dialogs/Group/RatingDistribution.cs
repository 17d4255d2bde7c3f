using System.Globalization;
using System.Text;
using CoproBot.Dialogs.Languages;

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

    public static string Render(Language say, IReadOnlyList<int> ratings)
    {
        if (ratings.Count == 0)
        {
            return say[Phrase.GroupRatingsNone];
        }

        var text = new StringBuilder();
        for (var score = 5; score >= 1; score--)
        {
            var count = ratings.Count(r => r == score);
            var words = count switch
            {
                0 => say.Format(Phrase.GroupRatedNobody, score),
                1 => say.Format(Phrase.GroupRatedOne, score),
                _ => say.Format(Phrase.GroupRatedMany, count, score),
            };
            text.AppendLine(CultureInfo.InvariantCulture, $"{score} {new string(Bar, count)} {count} ({words})");
        }

        text.Append(say.Format(Phrase.GroupRatingsAverage, Count(say, ratings.Count, Phrase.GroupRatingsOne, Phrase.GroupRatingsMany), ratings.Average()));
        return text.ToString();
    }

    /// <summary>"1 rating", "3 ratings": the phrase for one, or the phrase for many with the count.</summary>
    public static string Count(Language say, int count, Phrase one, Phrase many)
    {
        ArgumentNullException.ThrowIfNull(say);
        return count == 1 ? say[one] : say.Format(many, count);
    }
}
