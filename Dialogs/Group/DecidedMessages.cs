namespace CoproBot.Dialogs.Group;

/// <summary>The control changes this instance made lately, by conversation and message id, with the replies they earned.</summary>
/// <remarks>
/// A turn can be decided again after its change was saved (its person's own save met another instance's write). The
/// message is then found applied, and answered as it was the first time, not from where the session has moved since:
/// "next" that took the group to step 3 announces step 3, even if others have moved it to step 6 meanwhile. A channel's
/// message ids are its own, so the conversation is part of the key.
/// </remarks>
public sealed class DecidedMessages(int capacity)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (GroupSession Saved, IReadOnlyList<GroupReply> Replies)> _decided = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public bool TryGet(string conversationKey, string? activityId, out (GroupSession Saved, IReadOnlyList<GroupReply> Replies) decision)
    {
        lock (_gate)
        {
            if (activityId is not null && _decided.TryGetValue(Key(conversationKey, activityId), out decision))
            {
                return true;
            }

            decision = default;
            return false;
        }
    }

    public void Add(string conversationKey, string? activityId, GroupSession saved, IReadOnlyList<GroupReply> replies)
    {
        if (activityId is null)
        {
            return;
        }

        var key = Key(conversationKey, activityId);
        lock (_gate)
        {
            if (_decided.TryAdd(key, (saved, replies)))
            {
                _order.Enqueue(key);
                if (_order.Count > capacity)
                {
                    _decided.Remove(_order.Dequeue());
                }
            }
        }
    }

    private static string Key(string conversationKey, string activityId) => conversationKey + "\n" + activityId;
}
