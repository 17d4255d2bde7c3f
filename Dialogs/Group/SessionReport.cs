using System.Globalization;
using System.Text;

namespace CoproBot.Dialogs.Group;

/// <summary>Reveals, the closing summary and the Markdown and CSV exports: one place decides what may be shown.</summary>
public static class SessionReport
{
    public static string StepTitle(GroupSession session, int step)
    {
        var kind = session.Steps[step].Kind;
        var ofKind = session.Steps.Count(s => s.Kind == kind);
        var number = session.Steps.Take(step + 1).Count(s => s.Kind == kind);
        var name = kind == SessionStepKind.Question ? "Question" : "Principle";
        return $"{name} {number} of {ofKind} (step {step + 1} of {session.Steps.Count})";
    }

    public static string Reveal(SessionRecord record, int step)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"**{StepTitle(record.Session, step)}: {record.Session.Steps[step].Text}**");
        AppendStep(text, record, step);
        return text.ToString().TrimEnd();
    }

    public static string Summary(SessionRecord record) => Markdown(record, heading: "##");

    public static string Markdown(SessionRecord record, string heading = "#")
    {
        var session = record.Session;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{heading} Group reflection on {session.CaseName}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Started {session.StartedAt:yyyy-MM-dd HH:mm} UTC. {record.Counts()}.");
        text.AppendLine();
        for (var step = 0; step < session.Steps.Count; step++)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{heading}# {StepTitle(session, step)}: {session.Steps[step].Text}");
            AppendStep(text, record, step);
            text.AppendLine();
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"{heading}# Parking lot");
        text.AppendLine(ParkingLot(record));
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{heading}# Who took part");
        text.AppendLine(session.IsAnonymous
            ? "This was an anonymous session, so no names are shown."
            : record.Names.Count == 0 ? "Nobody has contributed yet." : string.Join(", ", record.Names));
        return text.ToString().TrimEnd();
    }

    public static string ParkingLot(SessionRecord record)
    {
        if (record.Parked.Count == 0)
        {
            return "Nothing was parked.";
        }

        var text = new StringBuilder();
        for (var i = 0; i < record.Parked.Count; i++)
        {
            var topic = record.Parked[i];
            var owner = topic.Owner is null
                ? "no owner yet: say \"I'll own " + (i + 1).ToString(CultureInfo.InvariantCulture) + "\" to take it"
                : record.Session.IsAnonymous ? "has an owner" : "owned by " + (topic.Owner.Name ?? "someone");
            text.AppendLine(CultureInfo.InvariantCulture, $"{i + 1}. {OneLine(topic.Topic)} ({owner})");
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
            var cells = new List<string> { (contribution.Step + 1).ToString(CultureInfo.InvariantCulture), step.Kind.ToString(), step.Text };
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

    private static void AppendStep(StringBuilder text, SessionRecord record, int step)
    {
        var words = record.WordsAt(step).ToList();
        if (record.Session.Steps[step].Kind == SessionStepKind.Principle)
        {
            text.AppendLine(RatingDistribution.Render(RatingDistribution.LatestRatings(record.Contributions, step)));
        }
        else if (words.Count == 0)
        {
            text.AppendLine("No contributions.");
        }
        else
        {
            var people = words.Select(c => c.UserId).Distinct(StringComparer.Ordinal).Count();
            text.AppendLine(CultureInfo.InvariantCulture, $"{RatingDistribution.Plural(words.Count, "contribution")} from {(people == 1 ? "1 person" : $"{people} people")}:");
        }

        foreach (var contribution in words)
        {
            var name = record.NameOf(contribution);
            text.AppendLine(name is null ? $"- {OneLine(contribution.Text!)}" : $"- {name}: {OneLine(contribution.Text!)}");
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();

    // Quoted always; a leading formula character is neutralised so a spreadsheet never runs what someone wrote.
    private static string Cell(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
