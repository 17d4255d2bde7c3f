using CoproBot.Bot.Discord;
using CoproBot.Bot.Privacy;
using CoproBot.Bot.State;
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
public sealed class TurnOutboxMiddleware(PrivateConversationState state, IOptions<BotOptions> options, TimeProvider time, ILogger<TurnOutboxMiddleware> logger) : IMiddleware
{
    private const string ETagProperty = "ETag";
    // Writes of one person's row from turns on other instances are each followed by their own clears, so a busy
    // facilitator can meet several in a row; each attempt is one small write, and giving up must never re-run a turn.
    private const int ClearAttempts = 10;
    private const int LedgerAttempts = 10;

    private static readonly JsonSerializerSettings SerializerSettings = new() { NullValueHandling = NullValueHandling.Ignore };
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(SerializerSettings);

    private readonly IStatePropertyAccessor<TurnLedger> _ledger = state.CreateProperty<TurnLedger>(TurnLedger.Property);

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

    // The turn changed the person's state: a conflict is thrown to SerialTurnMiddleware, which decides the turn again.
    private async Task<List<OutboxEntry>> SaveAsync(ITurnContext turnContext, Activity activity, List<OutboxEntry> mine, CancellationToken cancellationToken)
    {
        var due = await AddToLedgerAsync(turnContext, activity, mine, cancellationToken);

        // A state the store has never held is inserted, never upserted: the same first turn on two instances conflicts.
        state.GetCachedState(turnContext)!.State.TryAdd(ETagProperty, TableBotStorage.NotYetStored);
        await state.SaveChangesAsync(turnContext, force: true, cancellationToken);
        return due;
    }

    // The turn only read the person's state (a group command, a question about the cases): its decisions are already
    // stored elsewhere, so a conflict is met by adding the id and replies to the fresh state, never by running it again.
    private async Task<List<OutboxEntry>?> SaveLedgerOnlyAsync(ITurnContext turnContext, Activity activity, List<OutboxEntry> mine, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var due = await AddToLedgerAsync(turnContext, activity, mine, cancellationToken);
            state.GetCachedState(turnContext)!.State.TryAdd(ETagProperty, TableBotStorage.NotYetStored);
            try
            {
                await state.SaveChangesAsync(turnContext, force: true, cancellationToken);
                return due;
            }
            catch (ETagConflictException) when (attempt < LedgerAttempts)
            {
                await state.LoadAsync(turnContext, force: true, cancellationToken);
                var fresh = await _ledger.GetAsync(turnContext, () => new TurnLedger(), cancellationToken);
                if (fresh.HasProcessed(activity.Id))
                {
                    // Another instance answered this very activity meanwhile; it sends its own replies.
                    BotLog.DuplicateActivity(logger, activity.ChannelId, activity.Conversation.Id, activity.Id);
                    return null;
                }
            }
        }
    }

    private async Task<List<OutboxEntry>> AddToLedgerAsync(ITurnContext turnContext, Activity activity, List<OutboxEntry> mine, CancellationToken cancellationToken)
    {
        var ledger = await _ledger.GetAsync(turnContext, () => new TurnLedger(), cancellationToken);
        ledger.MarkProcessed(activity.Id);
        if (activity.ChannelId == DiscordAdapter.ChannelId)
        {
            // A Discord reply belongs to its own interaction, which Discord never sends again: what an earlier
            // interaction could not deliver is dropped, not sprung on the person as the answer to a new one.
            ledger.Outbox.Clear();
        }

        // Replies an earlier turn saved and could not deliver come first: the person has not seen them yet.
        var earlier = ledger.Outbox.Where(Sendable).ToList();
        ledger.Outbox.AddRange(mine);
        await _ledger.SetAsync(turnContext, ledger, cancellationToken);
        return [.. earlier, .. mine];
    }

    // With the default settings, as the state store writes it, so a property read back as typed objects and left alone
    // looks the same as stored. Bookkeeping (the ledger, the mark of what is named in the personal data index) is not
    // the person's state: a turn that only set it is saved as one that only read, never decided again.
    private static string Snapshot(BotState.CachedBotState? cached) =>
        cached is null
            ? string.Empty
            : JsonConvert.SerializeObject(cached.State.Where(p => p.Key is not TurnLedger.Property and not PersonalRecordsMark.Property and not ETagProperty).ToDictionary());

    private async Task DeliverAsync(ITurnContext turnContext, List<OutboxEntry> entries, CancellationToken cancellationToken)
    {
        foreach (var entry in entries)
        {
            var reply = entry.ToActivity(Serializer);
            await turnContext.Adapter.SendActivitiesAsync(turnContext, [reply], cancellationToken);
            await ClearAsync(turnContext, entry.Id, cancellationToken);
        }
    }

    // Confirmed by the channel: dropped before the next reply goes, so a crash from here on never sends it again.
    private async Task ClearAsync(ITurnContext turnContext, string entryId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var ledger = await _ledger.GetAsync(turnContext, () => new TurnLedger(), cancellationToken);
            if (ledger.Outbox.RemoveAll(entry => entry.Id == entryId) == 0)
            {
                return;
            }

            await _ledger.SetAsync(turnContext, ledger, cancellationToken);
            try
            {
                await state.SaveChangesAsync(turnContext, force: true, cancellationToken);
                return;
            }
            catch (ETagConflictException) when (attempt >= ClearAttempts)
            {
                // The reply reached the person; the turn's effects are saved. Throwing would decide the turn again.
                BotLog.ReplyClearGaveUp(logger, turnContext.Activity.Conversation?.Id, attempt);
                return;
            }
            catch (ETagConflictException)
            {
                // Another turn of this person saved meanwhile (on another instance): drop the entry from what it saved.
                await state.LoadAsync(turnContext, force: true, cancellationToken);
            }
        }
    }

    private OutboxEntry NewEntry(Activity reply) => new()
    {
        Id = Guid.NewGuid().ToString("N")[..16],
        Owner = options.Value.InstanceName,
        SavedAt = time.GetUtcNow().ToUnixTimeMilliseconds(),
        Activity = new JRaw(JsonConvert.SerializeObject(reply, SerializerSettings)),
        Gathered = reply,
    };

    // This instance's own entries are never in flight here (its turns of a conversation run one at a time); another
    // instance's are left to it for a while, in case it is still sending them.
    private bool Sendable(OutboxEntry entry) =>
        string.Equals(entry.Owner, options.Value.InstanceName, StringComparison.Ordinal)
        || time.GetUtcNow().ToUnixTimeMilliseconds() - entry.SavedAt >= options.Value.OutboxLeaseSeconds * 1000L;

    // Invokes expect their answer on the same request, and proactive turns have no activity of the person to answer.
    private static bool Applies(Activity activity) =>
        !string.IsNullOrEmpty(activity.Id)
        && activity.Conversation?.Id is not null
        && !string.IsNullOrEmpty(activity.From?.Id)
        && activity.Type is ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate;
}
