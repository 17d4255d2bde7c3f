using CoproBot.Bot.BotFramework;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace CoproBot.Bot.Proactive;

/// <summary>Sends later messages (reminders, session posts) into a known conversation through ContinueConversationAsync.</summary>
public sealed class ProactiveMessenger(CoproAdapter adapter, ConversationReferenceStore references, IOptions<BotCredentialOptions> credentials)
{
    /// <summary>Runs <paramref name="callback"/> as a turn in the stored conversation; false when it is unknown.</summary>
    public Task<bool> ContinueAsync(string channelId, string conversationId, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueAsync(channelId, conversationId, userId: null, callback, cancellationToken);

    /// <summary>As above, with the turn's sender the person <paramref name="userId"/> names, so it reads and writes their own state.</summary>
    /// <remarks>A shared conversation's stored reference names no one; without a person, the turn is the bot's own.</remarks>
    public async Task<bool> ContinueAsync(string channelId, string conversationId, string? userId, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        var reference = await references.FindAsync(channelId, conversationId, cancellationToken);
        if (reference is null)
        {
            return false;
        }

        if (userId is not null)
        {
            reference.User = new ChannelAccount(userId);
        }

        await ContinueAsync(reference, callback, cancellationToken);
        return true;
    }

    public Task ContinueAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        var appId = credentials.Value.MicrosoftAppId;
        return adapter.ContinueConversationAsync(appId, reference, callback, cancellationToken);
    }
}
