using System.Globalization;
using System.Text;
using CoproBot.Dialogs.Languages;
using CoproBot.Dialogs.Replies;

namespace CoproBot.Dialogs.Group;

/// <summary>
/// A session's summary in Markdown: as a chat message shows it, and as the file a team keeps, which draws each
/// principle's ratings as an inline SVG chart beside the same counts in words.
/// </summary>
/// <remarks>
/// A Markdown file is opened in viewers that draw HTML, so in the file everything people wrote (their words, names,
/// the template's own steps) has its HTML characters escaped: a contribution can never become markup in someone else's
/// viewer. The charts are the bot's own SVG, whose every text is escaped as it is drawn.
/// </remarks>
public static class SessionMarkdown
{
    /// <summary>The summary posted when a session ends.</summary>
    public static string Summary(SessionRecord record) => Write(record, "##", file: false);

    /// <summary>The summary as "export markdown" shows it in the chat.</summary>
    public static string Text(SessionRecord record) => Write(record, "#", file: false);

    /// <summary>The summary as a Markdown file, with its charts drawn in.</summary>
    public static string File(SessionRecord record) => Write(record, "#", file: true);

    /// <summary>The export as a document: the file with charts, and the chat's words in the message.</summary>
    public static ReplyDocument Document(SessionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var session = record.Session;
        var title = session.Speaks.Format(Phrase.GroupSummaryFileName, session.CaseName, session.StartedAt);
        return new ReplyDocument(title, "markdown", File(record)) { InMessage = Text(record) };
    }

    private static string Write(SessionRecord record, string heading, bool file)
    {
        ArgumentNullException.ThrowIfNull(record);
        Func<string, string> written = file ? EscapeHtml : text => text;
        var session = record.Session;
        var say = session.Speaks;
        var text = new StringBuilder();
        text.AppendLine(say.Format(Phrase.GroupSummaryTitle, heading, written(session.CaseName)));
        text.AppendLine(say.Format(Phrase.GroupSummaryStarted, session.StartedAt, record.Counts()));
        text.AppendLine();
        for (var step = 0; step < session.Steps.Count; step++)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{heading}# {SessionReport.StepTitle(session, step)}: {written(session.Steps[step].Named(say))}");
            SessionReport.AppendStep(text, record, step, written);
            if (file && RatingCharts.Of(record, step) is { } chart)
            {
                // An HTML block: it starts with a tag of its own line and holds no blank line, so Markdown keeps it whole.
                text.AppendLine();
                text.AppendLine("<figure>");
                text.AppendLine(SvgChart.Of(chart, string.Create(CultureInfo.InvariantCulture, $"step-{step + 1}")));
                text.AppendLine("</figure>");
            }

            text.AppendLine();
        }

        text.AppendLine(say.Format(Phrase.GroupSummaryParkingLot, heading));
        text.AppendLine(SessionReport.ParkingLot(record, written));
        text.AppendLine();
        text.AppendLine(say.Format(Phrase.GroupSummaryWhoTookPart, heading));
        text.AppendLine(session.IsAnonymous
            ? say[Phrase.GroupSummaryAnonymous]
            : record.Names.Count == 0 ? say[Phrase.GroupSummaryNobody] : written(string.Join(", ", record.Names)));
        return text.ToString().TrimEnd();
    }

    private static string EscapeHtml(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
