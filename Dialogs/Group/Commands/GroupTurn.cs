namespace CoproBot.Dialogs.Group.Commands;

/// <summary>One message being handled.</summary>
/// <param name="Input">Who wrote what.</param>
/// <param name="Command">What the message asks of the session.</param>
/// <param name="Session">The session as it was loaded for the message.</param>
/// <param name="Refusal">
/// The table's answer for someone who may not do this now. A handler that decides again on fresh state gives the same
/// answer when the fresh state refuses it.
/// </param>
internal sealed record GroupTurn(GroupInput Input, GroupCommand Command, GroupSession Session, GroupReply? Refusal)
{
    /// <summary>The sender as they take their place, named as the channel names them (the store drops the name when it may not keep it).</summary>
    public Participant Me(DateTimeOffset at) => new(Input.From.Id, Input.From.Name, at);

    /// <summary>A rating's or a pass's key: one per message, so a second delivery of it is not kept again.</summary>
    public string MessageKey(int step, GroupSessionStore store) =>
        Input.ActivityId is { } message ? GroupKeys.OfMessage(step, Input.From.Id, message) : store.NewId();
}
