using Microsoft.Bot.Builder;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace CoproBot.Bot.Proactive;

/// <summary>Stores each group conversation's reference on first contact, so CoproBot can write to it later.</summary>
/// <remarks>A one-to-one conversation's reference is the person's data and is stored with it, during the turn (see <see cref="ConversationReferenceStore"/>).</remarks>
public sealed class ConversationReferenceMiddleware(ConversationReferenceStore references) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (turnContext.Activity.Conversation?.Id is not null && turnContext.Activity.ServiceUrl is not null)
        {
            await references.RememberSharedAsync(turnContext.Activity, cancellationToken);
        }

        await next(cancellationToken);
    }
}
