using System.Text.Json.Nodes;
using CoproBot.Dialogs.Languages;
using Microsoft.Bot.Schema;

namespace CoproBot.Bot.Discord;

/// <summary>The replies of one interaction's turn: the first answers the interaction, the rest go through its webhook.</summary>
/// <remarks>
/// Replies are held until the turn ends or the deferral deadline passes, whichever is first. A turn that ends in
/// time is answered with its first message (or a modal, when its only reply asks for text); a slow one is deferred,
/// and its replies then edit the deferred original and follow up. Webhook calls wait until the interaction response
/// has been sent, because Discord refuses follow-ups to an interaction it has not yet seen answered.
/// </remarks>
public sealed class InteractionSession(Interaction interaction, DiscordRestClient rest, bool ephemeral, TimeProvider time)
{
    public const string TurnStateKey = "CoproBot.Discord.InteractionSession";
    private static readonly TimeSpan ResponseSentWait = TimeSpan.FromSeconds(10);

    private readonly Lock _gate = new();
    private readonly List<Activity> _held = [];
    private readonly Queue<JsonObject> _outbox = new();
    private readonly TaskCompletionSource<JsonObject> _response = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _responseSent = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _sending = Task.CompletedTask;
    private bool _answered;
    private bool _deferred;
    private bool _originalPending;

    // The interaction's locale until the turn has decided its language (a chosen one, or the message's own).
    private Language _say = Language.ForLocale(interaction.Locale) ?? Language.English;

    public Task<JsonObject> Response => _response.Task;

    public Interaction Interaction => interaction;

    private bool IsComponent => interaction.Type == Interaction.MessageComponent;

    /// <summary>The turn's language, for the words the session itself adds ("Done.", "I've answered you privately.").</summary>
    public void Speak(Language language) => _say = language;

    /// <summary>Called once the interaction response is on its way to Discord.</summary>
    public void MarkResponseSent() => _responseSent.TrySetResult();

    /// <summary>Takes the bot's replies: held while the response is undecided, sent through the webhook after.</summary>
    public async Task SendAsync(IEnumerable<Activity> activities, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_answered)
            {
                _held.AddRange(activities);
                return;
            }

            foreach (var activity in activities)
            {
                Enqueue(MessageRenderer.Render(activity, ephemeral));
            }
        }

        await FlushAsync(cancellationToken);
    }

    /// <summary>The deadline passed: acknowledge now, so Discord's three seconds are never missed, and answer later.</summary>
    public bool Defer()
    {
        lock (_gate)
        {
            if (_answered)
            {
                return false;
            }

            _answered = true;
            _deferred = true;
            _originalPending = true;
            foreach (var activity in _held)
            {
                Enqueue(MessageRenderer.Render(activity, ephemeral));
            }

            _held.Clear();
        }

        var response = IsComponent
            ? InteractionResponse.Of(InteractionResponse.DeferredUpdateMessage)
            : ephemeral
                ? InteractionResponse.Of(InteractionResponse.DeferredChannelMessage, new JsonObject { ["flags"] = 64 })
                : InteractionResponse.Of(InteractionResponse.DeferredChannelMessage);
        _response.TrySetResult(response);
        return true;
    }

    /// <summary>The turn is over: answer with what it said if still undecided, then deliver whatever is left.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        JsonObject? response = null;
        lock (_gate)
        {
            if (!_answered)
            {
                _answered = true;
                response = Answer();
            }
            else if (_deferred && _originalPending && _outbox.Count == 0 && !IsComponent)
            {
                // A deferred command shows "thinking…" until its original is edited; never leave it spinning.
                Enqueue([MessageRenderer.Note(_say[Phrase.DiscordDone], ephemeral)]);
            }
        }

        if (response is not null)
        {
            _response.TrySetResult(response);
        }

        await FlushAsync(cancellationToken);
    }

    private JsonObject Answer()
    {
        var (response, followUps) = InteractionAnswer.For(_held, interaction, ephemeral, _say);
        _held.Clear();
        Enqueue(followUps);
        return response;
    }

    private void Enqueue(IEnumerable<JsonObject> messages)
    {
        foreach (var message in messages)
        {
            _outbox.Enqueue(message);
        }
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        // One delivery at a time, in order: each waits for the one before it.
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task previous;
        lock (_gate)
        {
            previous = _sending;
            _sending = done.Task;
        }

        try
        {
            await previous;
            await _responseSent.Task.WaitAsync(ResponseSentWait, time, cancellationToken);
            while (true)
            {
                JsonObject? message;
                bool editOriginal;
                bool settleOriginal;
                lock (_gate)
                {
                    if (!_outbox.TryDequeue(out message))
                    {
                        return;
                    }

                    // A deferred original that everyone sees (a pressed message, or a public "thinking…") would show a
                    // private reply to all once edited: the reply follows up for the person alone instead.
                    var forThePersonAlone = message["flags"] is not null && !ephemeral;
                    editOriginal = _originalPending && !forThePersonAlone;
                    settleOriginal = _originalPending && forThePersonAlone && !IsComponent;
                    _originalPending = false;
                }

                if (settleOriginal)
                {
                    // Never left spinning, and saying nothing of what was sent.
                    await rest.EditOriginalAsync(interaction.ApplicationId, interaction.Token, MessageRenderer.Note(_say[Phrase.DiscordAnsweredPrivately], ephemeral: false), cancellationToken);
                }

                if (editOriginal)
                {
                    if (IsComponent)
                    {
                        message.Remove("flags");
                    }

                    await rest.EditOriginalAsync(interaction.ApplicationId, interaction.Token, message, cancellationToken);
                }
                else
                {
                    await rest.CreateFollowupAsync(interaction.ApplicationId, interaction.Token, message, cancellationToken);
                }
            }
        }
        finally
        {
            done.SetResult();
        }
    }
}
