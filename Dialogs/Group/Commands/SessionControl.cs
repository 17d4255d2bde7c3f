using CoproBot.Dialogs.Languages;

namespace CoproBot.Dialogs.Group.Commands;

/// <summary>Changes a session's control state (step, mode, facilitator, end, the round-robin turn), once per message.</summary>
/// <remarks>
/// A change loads the state, decides, and saves with its ETag; a conflicting save is decided again on fresh state, and
/// replies are only produced once the save has succeeded, so a step is never skipped, repeated or announced without
/// being saved. Contributions never touch the control state.
/// </remarks>
internal sealed class SessionControl(GroupSessionStore store)
{
    private const int MaxAttempts = 30;

    private readonly DecidedMessages _decided = new(capacity: 1024);

    public Task<(GroupSession? Saved, IReadOnlyList<GroupReply> Replies)> ChangeAsync(
        GroupInput input, Func<GroupSession?, (GroupSession? Next, IReadOnlyList<GroupReply> Replies)> decide, CancellationToken cancellationToken) =>
        ChangeAsync(input.ActivityId, input.ConversationKey, input.Language, decide, cancellationToken);

    /// <summary>Loads, decides and saves with the ETag, deciding again on fresh state after a conflict.</summary>
    /// <param name="activityId">The message making the change, if any.</param>
    /// <param name="conversationKey">The session's conversation.</param>
    /// <param name="say">The language of the person making the change, for the answer when it cannot be saved.</param>
    /// <param name="decide">The change, decided on the state found.</param>
    /// <param name="cancellationToken">Cancels the store calls.</param>
    /// <remarks>
    /// The message's id is saved with the change. Found there, the message was applied already (it reached another
    /// instance too, or was sent again): nothing changes, and the saved state is given back so the turn can answer
    /// as the one that applied it; only one of them gets to send (see the bot's turn ledger).
    /// </remarks>
    public async Task<(GroupSession? Saved, IReadOnlyList<GroupReply> Replies)> ChangeAsync(
        string? activityId, string conversationKey, Language say, Func<GroupSession?, (GroupSession? Next, IReadOnlyList<GroupReply> Replies)> decide, CancellationToken cancellationToken)
    {
        if (_decided.TryGet(conversationKey, activityId, out var earlier))
        {
            return earlier;
        }

        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var (current, etag) = await store.LoadAsync(conversationKey, cancellationToken);
            if (current is not null && current.HasApplied(activityId))
            {
                return (current, []);
            }

            var (next, replies) = decide(current);
            if (next is null)
            {
                return (null, replies);
            }

            // No session counts as an ended one: a new one may start. What is remembered is what was written.
            next = GroupSessionStore.Kept(next.WithApplied(activityId, current?.Status ?? SessionStatus.Ended));
            if ((await store.SaveAsync(next, etag, cancellationToken)).Succeeded)
            {
                _decided.Add(conversationKey, activityId, next, replies);
                return (next, replies);
            }
        }

        return (null, [GroupMessages.Busy(say)]);
    }

    /// <summary>Whether the message's change is made already (in the state, or by this instance), so it is answered as it was, not refused.</summary>
    /// <remarks>A hand-over that was applied has made someone else the facilitator; its second delivery is still the facilitator's.</remarks>
    public bool WasApplied(GroupSession session, GroupInput input) =>
        session.HasApplied(input.ActivityId) || _decided.TryGet(input.ConversationKey, input.ActivityId, out _);

    public static (GroupSession?, IReadOnlyList<GroupReply>) Unchanged(params GroupReply[] replies) => (null, replies);

    /// <summary>On fresh state: refused when the session ended meanwhile, or when the person may no longer steer it.</summary>
    public static (GroupSession?, IReadOnlyList<GroupReply>)? RefuseUnlessMaySteer(GroupSession? current, GroupTurn turn) =>
        current is null || current.Status == SessionStatus.Ended
            ? Unchanged(new GroupReply(turn.Input.Language[Phrase.GroupNoSession]) { Private = true })
            : current.MaySteer(turn.Input.From.Id) ? null : Unchanged(turn.Refusal is { } refusal ? [refusal] : []);
}
