using System.Globalization;

namespace CoproBot.Dialogs.Group;

/// <summary>The words of the rating charts: titles, axes and the description of each picture for people who cannot see it.</summary>
public static class ChartMessages
{
    public const string RatingAxis = "Rating (1 = not at all, 5 = fully)";

    public const string PeopleAxis = "People";

    /// <summary>Discord allows 1,024 characters of description per attachment.</summary>
    public const int MaxAltText = 1024;

    public static string Title(string stepTitle, string principle) => $"{stepTitle}: {principle}";

    /// <summary>The picture in words: how many rated each score, with nothing left to the colours.</summary>
    public static string AltText(string title, IReadOnlyList<int> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var given = Enumerable.Range(1, 5).Reverse().Select(score => (Score: score, Count: ratings.Count(r => r == score))).ToList();
        var rated = given.Where(g => g.Count > 0).Select(g => g.Count == 1 ? $"1 person rated {g.Score}" : $"{g.Count} people rated {g.Score}");
        var none = given.Where(g => g.Count == 0).Select(g => g.Score.ToString(CultureInfo.InvariantCulture)).Reverse().ToList();
        var nobody = none.Count == 0 ? string.Empty : "; nobody rated " + (none.Count == 1 ? none[0] : string.Join(", ", none[..^1]) + " or " + none[^1]);
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"Bar chart of {RatingDistribution.Plural(ratings.Count, "rating")} for {title}: {string.Join(", ", rated)}{nobody}. Average {ratings.Average():0.0} out of 5.");
        return text.Length <= MaxAltText ? text : text[..(MaxAltText - 1)] + "…";
    }
}
