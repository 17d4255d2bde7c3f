using CoproBot.Bot.Privacy;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace CoproBot.Bot.BotFramework;

/// <summary>Saves each turn once, with the id of the activity it answers and the replies it owes, and only then sends them.</summary>
/// <remarks>
/// One ETag-checked write of the person's state row holds the new state, the activity id (so a re-send is known) and
/// the outbox (so a crash after the write loses no reply). Each reply is dropped from the outbox, in a small write of
/// its own, as soon as the channel confirms it, so a re-send after a crash sends only what was not confirmed. A
/// re-send of an answered activity sends what is still owed and runs nothing again. Two instances given the same
/// activity race on the ETag: the loser loads the state again, finds the id, and leaves the sending to the winner.
/// </remarks>
public sealed partial class TurnOutboxMiddleware(PrivateConversationState state, IOptions<BotOptions> options, TimeProvider time, ILogger<TurnOutboxMiddleware> logger) : IMiddleware
{
    private const string ETagProperty = "ETag";
    // Writes of one person's row from turns on other instances are each followed by their own clears, so a busy
    // facilitator can meet several in a row; each attempt is one small write, and giving up must never re-run a turn.
    private const int ClearAttempts = 10;
    private const int LedgerAttempts = 10;

    private static readonly JsonSerializerSettings SerializerSettings = new() { NullValueHandling = NullValueHandling.Ignore };
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(SerializerSettings);

    private readonly IStatePropertyAccessor<TurnLedger> _ledger = state.CreateProperty<TurnLedger>(TurnLedger.Property);
    private readonly DeliveredReplies _delivered = new();

    // This process, and when it started: an entry under this instance's name saved before then is a predecessor's.
    private readonly string _process = Guid.NewGuid().ToString("N")[..12];
    private readonly long _started = time.GetUtcNow().ToUnixTimeMilliseconds();

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (!Applies(activity))
        {
            await next(cancellationToken);
            return;
        }

        var outbox = TurnOutbox.Attach(turnContext);
        var afterConflict = outbox.Attempts++ > 0;

        // The turn's one read: the bot finds the same state cached when it asks.
        var ledger = await _ledger.GetAsync(turnContext, () => new TurnLedger(), cancellationToken);
        if (ledger.HasProcessed(activity.Id))
        {
            // Found only after losing the ETag race, the winner is sending right now; found at once, its turn ended or died.
            var owed = afterConflict ? [] : ledger.Outbox.Where(Sendable).ToList();
            if (owed.Count == 0)
            {
                BotLog.DuplicateActivity(logger, activity.ChannelId, activity.Conversation.Id, activity.Id);
                return;
            }

            BotLog.OwedRepliesResent(logger, activity.ChannelId, activity.Conversation.Id, owed.Count);
            await DeliverAsync(turnContext, owed, cancellationToken);
            return;
        }

        // What the person's state held before the bot ran, to tell a turn that changed it from one that only read it.
        var before = Snapshot(state.GetCachedState(turnContext));
        outbox.Open();
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            outbox.Close();
        }

        if (outbox.Forgotten || state.GetCachedState(turnContext) is not { } cached)
        {
            // The person was forgotten in this turn ("forget me"): nothing of theirs is written back, not even the
            // activity id, and the replies go as they are.
            await state.ClearStateAsync(turnContext, cancellationToken);
            foreach (var reply in outbox.Gathered)
            {
                await turnContext.Adapter.SendActivitiesAsync(turnContext, [reply], cancellationToken);
            }

            return;
        }

        var changed = !string.Equals(before, Snapshot(cached), StringComparison.Ordinal);
        if (!changed && outbox.Gathered.Count == 0)
        {
            // Nothing to save and nothing owed: no write, as before the ledger existed; a re-send runs it again harmlessly.
            return;
        }

        var mine = outbox.Gathered.Select(NewEntry).ToList();
        var due = changed
            ? await SaveAsync(turnContext, activity, mine, cancellationToken)
            : await SaveLedgerOnlyAsync(turnContext, activity, mine, cancellationToken);
        if (due is not null)
        {
            await DeliverAsync(turnContext, due, cancellationToken);
        }
    }

    // With the default settings, as the state store writes it, so a property read back as typed objects and left alone
    // looks the same as stored. Bookkeeping (the ledger, the mark of what is named in the personal data index) is not
    // the person's state: a turn that only set it is saved as one that only read, never decided again.
    private static string Snapshot(BotState.CachedBotState? cached) =>
        cached is null
            ? string.Empty
            : JsonConvert.SerializeObject(cached.State.Where(p => p.Key is not TurnLedger.Property and not PersonalRecordsMark.Property and not ETagProperty).ToDictionary());

    private OutboxEntry NewEntry(Activity reply) => new()
    {
        Id = Guid.NewGuid().ToString("N")[..16],
        Owner = options.Value.InstanceName,
        Process = _process,
        SavedAt = time.GetUtcNow().ToUnixTimeMilliseconds(),
        Activity = new JRaw(JsonConvert.SerializeObject(reply, SerializerSettings)),
        Gathered = reply,
    };

    // This process's own entries are never in flight here (its turns of a conversation run one at a time), and those its
    // predecessor under the same name saved before it started are nobody's now. Any other entry is left to the process
    // that saved it for a while, in case it is still sending it: another instance, or one wrongly given this one's name.
    private bool Sendable(OutboxEntry entry) =>
        !_delivered.Contains(entry.Id)
        && (string.Equals(entry.Process, _process, StringComparison.Ordinal)
            || (string.Equals(entry.Owner, options.Value.InstanceName, StringComparison.Ordinal) && entry.SavedAt < _started)
            || time.GetUtcNow().ToUnixTimeMilliseconds() - entry.SavedAt >= options.Value.OutboxLeaseSeconds * 1000L);

    // Invokes expect their answer on the same request, and proactive turns have no activity of the person to answer.
    private static bool Applies(Activity activity) =>
        !string.IsNullOrEmpty(activity.Id)
        && activity.Conversation?.Id is not null
        && !string.IsNullOrEmpty(activity.From?.Id)
        && activity.Type is ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate;
}
