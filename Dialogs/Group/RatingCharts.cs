using CoproBot.Dialogs.Replies;

namespace CoproBot.Dialogs.Group;

/// <summary>The rating distributions of a session as charts, each beside the text that gives it in words.</summary>
public static class RatingCharts
{
    /// <summary>The most charts one summary carries: a Discord message takes at most 10 attachments.</summary>
    public const int MaxPerSummary = 10;

    /// <summary>The chart of a principle's ratings; none for a question, or before anyone has rated.</summary>
    public static ReplyChart? Of(SessionRecord record, int step)
    {
        ArgumentNullException.ThrowIfNull(record);
        var session = record.Session;
        if (session.Steps[step].Kind != SessionStepKind.Principle)
        {
            return null;
        }

        var ratings = RatingDistribution.LatestRatings(record.Contributions, step);
        if (ratings.Count == 0)
        {
            return null;
        }

        var title = ChartMessages.Title(SessionReport.StepTitle(session, step), session.Steps[step].Shown());
        var bars = Enumerable.Range(1, 5).Select(score => new ChartBar(score.ToString(System.Globalization.CultureInfo.InvariantCulture), ratings.Count(r => r == score))).ToList();
        var say = session.Speaks;
        return new ReplyChart(title, bars, RatingDistribution.Render(say, ratings), ChartMessages.AltText(say, title, ratings), ChartMessages.RatingAxis(say), ChartMessages.PeopleAxis(say));
    }

    /// <summary>The end-of-session overview: a chart for each principle that was rated, in the order of the steps.</summary>
    public static IReadOnlyList<ReplyChart> Summary(SessionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return [.. Enumerable.Range(0, record.Session.Steps.Count).Select(step => Of(record, step)).OfType<ReplyChart>().Take(MaxPerSummary)];
    }
}
