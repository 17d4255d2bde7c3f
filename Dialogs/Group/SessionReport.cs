using System.Globalization;
using System.Text;
using CoproBot.Dialogs.Languages;

namespace CoproBot.Dialogs.Group;

/// <summary>Reveals, the closing summary and the Markdown and CSV exports: one place decides what may be shown.</summary>
public static class SessionReport
{
    public static string StepTitle(GroupSession session, int step) => StepTitle(session, step, session.Speaks);

    /// <summary>The step's title in <paramref name="say"/>: a private reply speaks its reader's language, not the session's.</summary>
    public static string StepTitle(GroupSession session, int step, Language say)
    {
        ArgumentNullException.ThrowIfNull(say);
        var kind = session.Steps[step].Kind;
        var ofKind = session.Steps.Count(s => s.Kind == kind);
        var number = session.Steps.Take(step + 1).Count(s => s.Kind == kind);
        return say.Format(kind == SessionStepKind.Question ? Phrase.GroupStepQuestion : Phrase.GroupStepPrinciple, number, ofKind, step + 1, session.Steps.Count);
    }

    public static string Reveal(SessionRecord record, int step)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"**{StepTitle(record.Session, step)}: {record.Session.Steps[step].Named(record.Session.Speaks)}**");
        AppendStep(text, record, step, Plain);
        return text.ToString().TrimEnd();
    }

    public static string ParkingLot(SessionRecord record) => ParkingLot(record, Plain);

    /// <summary>The parking lot, each person's words passed through <paramref name="written"/> (see <see cref="SessionMarkdown"/>).</summary>
    internal static string ParkingLot(SessionRecord record, Func<string, string> written)
    {
        var say = record.Session.Speaks;
        if (record.Parked.Count == 0)
        {
            return say[Phrase.GroupNothingParked];
        }

        var text = new StringBuilder();
        for (var i = 0; i < record.Parked.Count; i++)
        {
            var topic = record.Parked[i];
            var owner = topic.Owner is null
                ? say.Format(Phrase.GroupNoOwner, i + 1)
                : record.Session.IsAnonymous ? say[Phrase.GroupHasOwner] : say.Format(Phrase.GroupOwnedBy, topic.Owner.Name ?? say[Phrase.GroupSomeone]);
            text.AppendLine(CultureInfo.InvariantCulture, $"{i + 1}. {written(OneLine(topic.Topic))} ({written(owner)})");
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>
    /// One row per contribution of words and per person's latest rating, so the ratings total as the summary counts them;
    /// anonymous sessions have no participant column at all.
    /// </summary>
    public static string Csv(SessionRecord record)
    {
        var session = record.Session;
        var text = new StringBuilder(session.IsAnonymous ? "step,kind,prompt,contribution,rating\n" : "step,kind,prompt,participant,contribution,rating\n");
        var ratings = Enumerable.Range(0, session.Steps.Count).SelectMany(step => RatingDistribution.Latest(record.Contributions, step)).ToHashSet();
        var rows = record.Contributions.Where(c => !c.Passed && (c.Rating is null || ratings.Contains(c)));
        foreach (var contribution in rows.OrderBy(c => c.Step).ThenBy(c => session.IsAnonymous ? c.Id[(c.Id.IndexOf('-', StringComparison.Ordinal) + 1)..] : c.Id, StringComparer.Ordinal))
        {
            var step = session.Steps[contribution.Step];
            var cells = new List<string> { (contribution.Step + 1).ToString(CultureInfo.InvariantCulture), step.Kind.ToString(), step.Named(session.Speaks) };
            if (!session.IsAnonymous)
            {
                cells.Add(contribution.UserName ?? string.Empty);
            }

            cells.Add(contribution.Text ?? string.Empty);
            cells.Add(contribution.Rating?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
            text.AppendLine(string.Join(',', cells.Select(Cell)));
        }

        return text.ToString();
    }

    /// <summary>A step's ratings or words, each person's words passed through <paramref name="written"/>.</summary>
    internal static void AppendStep(StringBuilder text, SessionRecord record, int step, Func<string, string> written)
    {
        var say = record.Session.Speaks;
        var words = record.WordsAt(step).ToList();
        if (record.Session.Steps[step].Kind == SessionStepKind.Principle)
        {
            text.AppendLine(RatingDistribution.Render(say, RatingDistribution.LatestRatings(record.Contributions, step)));
        }
        else if (words.Count == 0)
        {
            text.AppendLine(say[Phrase.GroupNoContributions]);
        }
        else
        {
            var people = words.Select(c => c.UserId).Distinct(StringComparer.Ordinal).Count();
            text.AppendLine(say.Format(
                Phrase.GroupContributionsFrom,
                RatingDistribution.Count(say, words.Count, Phrase.GroupContributionsOne, Phrase.GroupContributionsMany),
                RatingDistribution.Count(say, people, Phrase.GroupPeopleOne, Phrase.GroupPeopleMany)));
        }

        foreach (var contribution in words)
        {
            var name = record.NameOf(contribution);
            text.AppendLine(name is null ? $"- {written(OneLine(contribution.Text!))}" : $"- {written(name)}: {written(OneLine(contribution.Text!))}");
        }
    }

    private static string Plain(string text) => text;

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();

    // Quoted always; a leading formula character is neutralised so a spreadsheet never runs what someone wrote.
    private static string Cell(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
