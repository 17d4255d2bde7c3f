namespace CoproBot.Dialogs.Group.Commands;

/// <summary>Does what one command asks of a session; null declines, and the table's answer for the command stands.</summary>
internal delegate Task<IReadOnlyList<GroupReply>?> GroupHandler(GroupTurn turn, CancellationToken cancellationToken);
