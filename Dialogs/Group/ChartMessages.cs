using CoproBot.Dialogs.Languages;
using CoproBot.Dialogs.Replies;

namespace CoproBot.Dialogs.Group;

/// <summary>The words of the rating charts: titles, axes and the description of each picture for people who cannot see it.</summary>
/// <remarks>A chart is shown to the whole group, so its words are in the session's language.</remarks>
public static class ChartMessages
{
    /// <summary>Discord allows 1,024 characters of description per attachment.</summary>
    public const int MaxAltText = 1024;

    public static string RatingAxis(Language say)
    {
        ArgumentNullException.ThrowIfNull(say);
        return say[Phrase.GroupChartRatingAxis];
    }

    public static string PeopleAxis(Language say)
    {
        ArgumentNullException.ThrowIfNull(say);
        return say[Phrase.GroupChartPeopleAxis];
    }

    public static string Title(string stepTitle, string principle) => $"{stepTitle}: {principle}";

    /// <summary>The picture in words: how many rated each score, with nothing left to the colours.</summary>
    public static string AltText(Language say, string title, IReadOnlyList<int> ratings)
    {
        ArgumentNullException.ThrowIfNull(say);
        ArgumentNullException.ThrowIfNull(ratings);
        var given = Enumerable.Range(1, 5).Reverse().Select(score => (Score: score, Count: ratings.Count(r => r == score))).ToList();
        var rated = given.Where(g => g.Count > 0).Select(g => g.Count == 1 ? say.Format(Phrase.GroupRatedOne, g.Score) : say.Format(Phrase.GroupRatedMany, g.Count, g.Score));
        var none = given.Where(g => g.Count == 0).Select(g => g.Score.ToString(say.Culture)).Reverse().ToList();
        var nobody = none.Count == 0 ? string.Empty : say.Format(Phrase.GroupChartNobodyRated, ParticipationMessages.Listed(say, none, Phrase.GroupListOr));
        var text = say.Format(
            Phrase.GroupChartAlt,
            RatingDistribution.Count(say, ratings.Count, Phrase.GroupRatingsOne, Phrase.GroupRatingsMany),
            title,
            string.Join(", ", rated),
            nobody,
            ratings.Average());
        return text.ShortenTo(MaxAltText);
    }
}
