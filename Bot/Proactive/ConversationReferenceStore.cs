using System.Collections.Concurrent;
using CoproBot.Bot.Privacy;
using CoproBot.Storage.Tables;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace CoproBot.Bot.Proactive;

/// <summary>Where CoproBot keeps how to reach each conversation later, for reminders and other proactive messages.</summary>
/// <remarks>
/// Only what a later send needs is kept: ids and the service URL, never names. A group conversation's reference names
/// no person at all: it belongs to everyone there, and whoever happened to speak first must be forgettable. A
/// one-to-one conversation's reference is the person's own: it is stored with their other records, named in the
/// personal data index, by <see cref="PersonalDataRecorder"/>, and goes when they are forgotten.
/// </remarks>
public sealed class ConversationReferenceStore(ITableStore store)
{
    public const string Table = "convrefs";

    // Group conversations only. No person's "forget me" deletes a group's reference, so once this process has stored
    // one it stays stored whatever other instances do, and later turns cost nothing.
    private readonly ConcurrentDictionary<string, byte> _sharedStored = new(StringComparer.Ordinal);

    /// <summary>Stores a group conversation's reference the first time this process sees it; a one-to-one conversation is left to <see cref="PersonalDataRecorder"/>.</summary>
    public async Task RememberSharedAsync(Activity activity, CancellationToken cancellationToken)
    {
        var key = activity.ChannelId + "|" + activity.Conversation.Id;
        if (PersonalDataRecorder.IsOneToOne(activity) || _sharedStored.ContainsKey(key))
        {
            return;
        }

        await StoreAsync(activity.ChannelId, activity.Conversation.Id, Describe(activity), cancellationToken);
        _sharedStored.TryAdd(key, 0);
    }

    /// <summary>The reference to keep for the activity's conversation, as stored.</summary>
    public static string Describe(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return JsonConvert.SerializeObject(Minimal(activity.GetConversationReference(), keepUser: PersonalDataRecorder.IsOneToOne(activity)));
    }

    public Task StoreAsync(string channelId, string conversationId, string reference, CancellationToken cancellationToken) =>
        store.UpsertAsync(Table, channelId, conversationId, reference, cancellationToken);

    public async Task<ConversationReference?> FindAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var entity = await store.GetAsync(Table, channelId, conversationId, cancellationToken);
        return entity is null ? null : JsonConvert.DeserializeObject<ConversationReference>(entity.Data);
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
