using CoproBot.Dialogs.Languages;
using CoproBot.Dialogs.Replies;

namespace CoproBot.Dialogs.Group.Commands;

/// <summary>"export markdown", "export csv" and "parking lot": what the session holds, as its report shows it to anyone present.</summary>
internal sealed class ExportCommand(GroupSessionStore store)
{
    /// <summary>The summary in the chat's words, and as a file with its charts drawn in where the channel takes files.</summary>
    public async Task<IReadOnlyList<GroupReply>?> MarkdownAsync(GroupTurn turn, CancellationToken cancellationToken) =>
        [new GroupReply(string.Empty) { Document = SessionMarkdown.Document(await store.RecordAsync(turn.Session, cancellationToken)) }];

    /// <summary>The contributions and latest ratings as CSV: a code block in the chat, a file where the channel takes files.</summary>
    public async Task<IReadOnlyList<GroupReply>?> CsvAsync(GroupTurn turn, CancellationToken cancellationToken)
    {
        var record = await store.RecordAsync(turn.Session, cancellationToken);
        var csv = SessionReport.Csv(record);
        var title = turn.Session.Speaks.Format(Phrase.GroupRatingsFileName, turn.Session.CaseName, turn.Session.StartedAt);
        return [new GroupReply(string.Empty) { Document = new ReplyDocument(title, "csv", csv) { InMessage = "```csv\n" + csv + "```" } }];
    }

    public async Task<IReadOnlyList<GroupReply>?> ParkingLotAsync(GroupTurn turn, CancellationToken cancellationToken) =>
        [new GroupReply(turn.Session.Speaks[Phrase.GroupParkingLotTitle] + "\n" + SessionReport.ParkingLot(await store.RecordAsync(turn.Session, cancellationToken)))];
}
