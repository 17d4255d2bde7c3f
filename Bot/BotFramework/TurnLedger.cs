namespace CoproBot.Bot.BotFramework;

/// <summary>What a person's state row keeps about delivery: the activities it already answers and the replies not yet confirmed sent.</summary>
/// <remarks>
/// It lives in the same row as the state it belongs to and goes in the same ETag-checked write, so what was saved and
/// what is owed to the person can never disagree after a crash. Only ids and the bot's own replies are kept, never
/// the person's words; replies leave as soon as the channel confirms them.
/// </remarks>
public sealed class TurnLedger
{
    /// <summary>The state property that holds it.</summary>
    public const string Property = "TurnLedger";

    /// <summary>How many answered activity ids are kept: a channel re-sends only the last few, and soon.</summary>
    public const int ProcessedKept = 8;

    /// <summary>The ids of the latest activities whose turn this state holds, oldest first.</summary>
    public List<string> Processed { get; set; } = [];

    /// <summary>Replies saved with the state and not yet confirmed by the channel, in the order they are due.</summary>
    public List<OutboxEntry> Outbox { get; set; } = [];

    public bool HasProcessed(string activityId) => Processed.Contains(activityId, StringComparer.Ordinal);

    public void MarkProcessed(string activityId)
    {
        Processed.Add(activityId);
        if (Processed.Count > ProcessedKept)
        {
            Processed.RemoveRange(0, Processed.Count - ProcessedKept);
        }
    }
}
