using CoproBot.Bot.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CoproBot.Bot.BotFramework;

/// <summary>The turn's one write (the state, the activity id and the replies owed), and each reply's delivery and clearing.</summary>
public sealed partial class TurnOutboxMiddleware
{
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
        if (TurnOutbox.RepliesBelongToTheirRequest(turnContext))
        {
            ledger.Outbox.Clear();
        }

        // Replies an earlier turn saved and could not deliver come first: the person has not seen them yet. Those this
        // instance delivered but could not clear go now, with this write.
        ledger.Outbox.RemoveAll(entry => _delivered.Contains(entry.Id));
        var earlier = ledger.Outbox.Where(Sendable).ToList();
        ledger.Outbox.AddRange(mine);
        await _ledger.SetAsync(turnContext, ledger, cancellationToken);
        return [.. earlier, .. mine];
    }

    private async Task DeliverAsync(ITurnContext turnContext, List<OutboxEntry> entries, CancellationToken cancellationToken)
    {
        foreach (var entry in entries)
        {
            var reply = entry.ToActivity(Serializer);
            await turnContext.Adapter.SendActivitiesAsync(turnContext, [reply], cancellationToken);
            _delivered.Add(entry.Id);
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
}
