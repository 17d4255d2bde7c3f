using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoproBot.Dialogs.Engine;

/// <summary>The dialogs that may run on one stack, found by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);
    private readonly IStatePropertyAccessor<DialogState>? _state;

    /// <param name="state">Where the stack is kept between turns; null for a set inside a component.</param>
    /// <param name="logger">Where version recoveries are logged.</param>
    public DialogSet(IStatePropertyAccessor<DialogState>? state = null, ILogger? logger = null)
    {
        _state = state;
        Logger = logger ?? NullLogger.Instance;
    }

    public ILogger Logger { get; }

    public IEnumerable<Dialog> Dialogs => _dialogs.Values;

    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_dialogs.TryAdd(dialog.Id, dialog) && !ReferenceEquals(_dialogs[dialog.Id], dialog))
        {
            throw new ArgumentException($"Another dialog already has the id '{dialog.Id}'.", nameof(dialog));
        }

        return this;
    }

    public Dialog? Find(string id) => _dialogs.GetValueOrDefault(id);

    /// <summary>Loads the stack of this conversation from state (one read, cached for the turn).</summary>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (_state is null)
        {
            throw new InvalidOperationException("This dialog set has no state accessor; pass one to its constructor.");
        }

        var state = await _state.GetAsync(turnContext, () => new DialogState(), cancellationToken);

        // BotState converts a stored JObject to a new object on every get without keeping it, so changes
        // to it would be lost with storage that keeps no type names; setting it pins this object for the turn.
        await _state.SetAsync(turnContext, state, cancellationToken);
        return new DialogContext(this, turnContext, state);
    }
}
