namespace CoproBot.Dialogs.Group.Commands;

/// <summary>"end": closes the session and gives the group its summary.</summary>
internal sealed class EndCommand(SessionControl control, GroupSessionStore store, TimeProvider time)
{
    public async Task<IReadOnlyList<GroupReply>?> HandleAsync(GroupTurn turn, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (saved, replies) = await control.ChangeAsync(turn.Input, current =>
            SessionControl.RefuseUnlessMaySteer(current, turn) ?? (current! with { Status = SessionStatus.Ended, EndedAt = now }, []),
            cancellationToken);
        if (saved is null)
        {
            return replies;
        }

        var record = await store.RecordAsync(saved, cancellationToken);
        return [new GroupReply(GroupMessages.Ended(record)), new GroupReply(SessionMarkdown.Summary(record)) { Charts = RatingCharts.Summary(record) }];
    }
}
