using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CoproBot.Bot.BotFramework;

/// <summary>Holds back a turn's messages while the bot decides, so they are saved with its state before any is sent.</summary>
/// <remarks>
/// Only messages wait. Typing indicators, invoke responses, traces and anything else pass at once, and so does what
/// is sent through <see cref="SendNowAsync"/> (crisis support, which must never wait on storage). While it gathers,
/// saves of the person's state are held too (see <see cref="TurnPrivateState"/>), so the turn writes its state once.
/// </remarks>
public sealed class TurnOutbox
{
    private const string Key = "CoproBot.TurnOutbox";
    private const string OwnRequestKey = "CoproBot.RepliesBelongToTheirRequest";
    private readonly List<Activity> _gathered = [];
    private int _sendingNow;

    /// <summary>True while the bot's own work runs: messages are gathered and state saves wait for the turn's one write.</summary>
    public bool IsGathering { get; private set; }

    /// <summary>How many times the turn has been run on this delivery; more than one after an ETag conflict.</summary>
    public int Attempts { get; set; }

    public IReadOnlyList<Activity> Gathered => _gathered;

    /// <summary>True once the person asked to be forgotten and their records were deleted in this turn: nothing of theirs is saved after.</summary>
    public bool Forgotten { get; private set; }

    /// <summary>Marks the turn as one whose person was just forgotten, so its write does not bring their state back.</summary>
    public static void MarkForgotten(ITurnContext turnContext)
    {
        if (Of(turnContext) is { } outbox)
        {
            outbox.Forgotten = true;
        }
    }

    public static TurnOutbox? Of(ITurnContext turnContext) => turnContext?.TurnState.Get<TurnOutbox>(Key);

    /// <summary>Said by a channel whose replies answer one request only and are never asked for again (a Discord interaction).</summary>
    /// <remarks>What an earlier request of such a channel could not deliver is dropped, not sprung on the person as the answer to a new one.</remarks>
    public static void MarkRepliesBelongToTheirRequest(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState[OwnRequestKey] = true;
    }

    public static bool RepliesBelongToTheirRequest(ITurnContext turnContext) => turnContext.TurnState.ContainsKey(OwnRequestKey);

    /// <summary>The turn's outbox, made and hooked into its sends the first time.</summary>
    public static TurnOutbox Attach(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (Of(turnContext) is { } existing)
        {
            return existing;
        }

        var outbox = new TurnOutbox();
        turnContext.TurnState.Add(Key, outbox);
        turnContext.OnSendActivities(outbox.OnSendAsync);
        return outbox;
    }

    /// <summary>Sends a reply right away, ahead of the turn's gathered replies and its state write.</summary>
    public static async Task<ResourceResponse> SendNowAsync(ITurnContext turnContext, IActivity reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var outbox = Of(turnContext);
        if (outbox is not null)
        {
            outbox._sendingNow++;
        }

        try
        {
            return await turnContext.SendActivityAsync(reply, cancellationToken);
        }
        finally
        {
            if (outbox is not null)
            {
                outbox._sendingNow--;
            }
        }
    }

    /// <summary>Starts an attempt at the turn: what an earlier, conflicting attempt gathered is dropped unsent.</summary>
    public void Open()
    {
        _gathered.Clear();
        IsGathering = true;
    }

    public void Close() => IsGathering = false;

    private async Task<ResourceResponse[]> OnSendAsync(ITurnContext turnContext, List<Activity> activities, Func<Task<ResourceResponse[]>> next)
    {
        if (!IsGathering || _sendingNow > 0 || !activities.Exists(IsMessage))
        {
            return await next();
        }

        var responses = new ResourceResponse[activities.Count];
        var passing = new List<int>();
        for (var i = 0; i < activities.Count; i++)
        {
            if (IsMessage(activities[i]))
            {
                _gathered.Add(activities[i]);
                responses[i] = new ResourceResponse(Guid.NewGuid().ToString("N"));
            }
            else
            {
                passing.Add(i);
            }
        }

        activities.RemoveAll(IsMessage);
        if (activities.Count > 0)
        {
            var sent = await next();
            for (var i = 0; i < passing.Count && i < sent.Length; i++)
            {
                responses[passing[i]] = sent[i];
            }
        }

        return responses;
    }

    private static bool IsMessage(Activity activity) => activity.Type == ActivityTypes.Message;
}
