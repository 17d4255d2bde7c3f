using System.Collections.Concurrent;
using CoproBot.Bot.Privacy;
using CoproBot.Storage.Tables;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace CoproBot.Bot.Proactive;

/// <summary>Where CoproBot keeps how to reach each conversation later, for reminders and other proactive messages.</summary>
/// <remarks>
/// Only what a later send needs is kept: ids and the service URL, never names. A group conversation's reference names
/// no person at all: it belongs to everyone there, and whoever happened to speak first must be forgettable.
/// </remarks>
public sealed class ConversationReferenceStore(ITableStore store)
{
    public const string Table = "convrefs";

    private readonly ConcurrentDictionary<string, byte> _known = new(StringComparer.Ordinal);

    /// <summary>Records the conversation the first time it is seen by this process; later turns cost nothing.</summary>
    public async Task RememberAsync(Activity activity, CancellationToken cancellationToken)
    {
        var key = activity.ChannelId + "|" + activity.Conversation.Id;
        if (_known.ContainsKey(key))
        {
            return;
        }

        var reference = Minimal(activity.GetConversationReference(), keepUser: PersonalDataRecorder.IsOneToOne(activity));
        await store.UpsertAsync(Table, activity.ChannelId, activity.Conversation.Id, JsonConvert.SerializeObject(reference), cancellationToken);
        _known.TryAdd(key, 0);
    }

    public async Task<ConversationReference?> FindAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var entity = await store.GetAsync(Table, channelId, conversationId, cancellationToken);
        return entity is null ? null : JsonConvert.DeserializeObject<ConversationReference>(entity.Data);
    }

    public async Task ForgetAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        await store.DeleteAsync(Table, channelId, conversationId, null, cancellationToken);
        _known.TryRemove(channelId + "|" + conversationId, out _);
    }

    private static ConversationReference Minimal(ConversationReference reference, bool keepUser) => new()
    {
        ActivityId = null,
        ChannelId = reference.ChannelId,
        ServiceUrl = reference.ServiceUrl,
        Locale = reference.Locale,
        Bot = reference.Bot is null ? null : new ChannelAccount(reference.Bot.Id, reference.Bot.Name),
        User = reference.User is null || !keepUser ? null : new ChannelAccount(reference.User.Id),
        Conversation = new ConversationAccount(
            isGroup: reference.Conversation.IsGroup,
            conversationType: reference.Conversation.ConversationType,
            id: reference.Conversation.Id,
            tenantId: reference.Conversation.TenantId),
    };
}
