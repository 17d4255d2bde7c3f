using CoproBot.Dialogs.Languages;

namespace CoproBot.Dialogs.Group.Commands;

/// <summary>"export markdown", "export csv" and "parking lot": what the session holds, as its report shows it to anyone present.</summary>
internal sealed class ExportCommand(GroupSessionStore store)
{
    public async Task<IReadOnlyList<GroupReply>?> MarkdownAsync(GroupTurn turn, CancellationToken cancellationToken) =>
        [new GroupReply(SessionReport.Markdown(await store.RecordAsync(turn.Session, cancellationToken)))];

    public async Task<IReadOnlyList<GroupReply>?> CsvAsync(GroupTurn turn, CancellationToken cancellationToken) =>
        [new GroupReply("```csv\n" + SessionReport.Csv(await store.RecordAsync(turn.Session, cancellationToken)) + "```")];

    public async Task<IReadOnlyList<GroupReply>?> ParkingLotAsync(GroupTurn turn, CancellationToken cancellationToken) =>
        [new GroupReply(turn.Session.Speaks[Phrase.GroupParkingLotTitle] + "\n" + SessionReport.ParkingLot(await store.RecordAsync(turn.Session, cancellationToken)))];
}
