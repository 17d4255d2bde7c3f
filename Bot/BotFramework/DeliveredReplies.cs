using System.Collections.Concurrent;

namespace CoproBot.Bot.BotFramework;

/// <summary>The outbox entries this instance delivered lately, so one whose clearing gave up is never sent again.</summary>
/// <remarks>
/// A reply is dropped from the saved outbox once the channel confirms it. When many turns of one person on several
/// instances keep changing the row, that small write can give up, and the delivered entry stays in the row; the next
/// turn here would take it for a reply still owed. Only the most recent are kept: a give-up is rare, and the next
/// write of the row drops the entry for good.
/// </remarks>
public sealed class DeliveredReplies(int capacity = 4096)
{
    private readonly ConcurrentDictionary<string, byte> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public void Add(string entryId)
    {
        if (_ids.TryAdd(entryId, 0))
        {
            _order.Enqueue(entryId);
            while (_order.Count > capacity && _order.TryDequeue(out var oldest))
            {
                _ids.TryRemove(oldest, out _);
            }
        }
    }

    public bool Contains(string entryId) => _ids.ContainsKey(entryId);
}
