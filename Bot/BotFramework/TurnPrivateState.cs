using Microsoft.Bot.Builder;

namespace CoproBot.Bot.BotFramework;

/// <summary>Each person's state in a conversation, saved once per turn together with the turn's replies (see <see cref="TurnOutboxMiddleware"/>).</summary>
/// <remarks>While a turn gathers its replies, the bot's own saves are held: the turn's one write carries all they changed.</remarks>
public sealed class TurnPrivateState(IStorage storage) : PrivateConversationState(storage)
{
    public override Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default) =>
        TurnOutbox.Of(turnContext)?.IsGathering == true
            ? Task.CompletedTask
            : base.SaveChangesAsync(turnContext, force, cancellationToken);
}
