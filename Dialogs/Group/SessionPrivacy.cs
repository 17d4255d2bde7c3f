using CoproBot.Dialogs.Group.Commands;
using CoproBot.Dialogs.Languages;

namespace CoproBot.Dialogs.Group;

/// <summary>What "my data", "forget me" and "withdraw my contributions" do to group sessions, and whose name may be shown.</summary>
/// <remarks>
/// What a person gives is named in the personal data index, so "forget me" deletes it wherever it is. The control state
/// is shared by the whole group, so a facilitator who asks to be forgotten is taken off it, not deleted with it.
/// </remarks>
public sealed class SessionPrivacy(GroupSessionStore store)
{
    private readonly SessionControl _control = new(store);

    /// <summary>A name as others may see it: none in an anonymous session, whatever was kept before it became one.</summary>
    public static string? ShownName(GroupSession session, string? name)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.IsAnonymous ? null : name;
    }

    /// <summary>What the session keeps of the person who leads it, in plain words for their own export.</summary>
    public static string KeptOfLeader(GroupSession session, Language? say = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        return (say ?? Language.English)[session.IsAnonymous ? Phrase.GroupKeptOfAnonymousLeader : Phrase.GroupKeptOfLeader];
    }

    /// <summary>The sessions in one channel that this person leads (their id is in the session's control state).</summary>
    public async Task<int> CountLedAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var led = 0;
        foreach (var key in await KeysInChannelAsync(channelId, cancellationToken))
        {
            if ((await store.LoadAsync(key, cancellationToken)).Session?.Leads(userId) == true)
            {
                led++;
            }
        }

        return led;
    }

    /// <summary>
    /// For "forget me": takes the person's id and name out of every session they lead in this channel. The sessions go
    /// on without a facilitator, and anyone present may then move them on, reveal or end them.
    /// </summary>
    public async Task<int> ForgetFacilitatorAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var vacated = 0;
        foreach (var key in await KeysInChannelAsync(channelId, cancellationToken))
        {
            // Nothing is said to anyone about this change, so the language of its answers does not matter.
            var (saved, _) = await _control.ChangeAsync(null, key, Language.English, current =>
                current?.Leads(userId) == true
                    ? (current with { FacilitatorId = string.Empty, FacilitatorName = null }, [])
                    : SessionControl.Unchanged(),
                cancellationToken);
            vacated += saved is null ? 0 : 1;
        }

        return vacated;
    }

    /// <summary>For "withdraw my contributions": deletes what the person gave to the session and their place; returns how many contributions went.</summary>
    public Task<int> WithdrawAsync(GroupSession session, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        return store.WithdrawAsync(session.SessionId, userId, cancellationToken);
    }

    private async Task<IEnumerable<string>> KeysInChannelAsync(string channelId, CancellationToken cancellationToken) =>
        (await store.ConversationKeysAsync(cancellationToken)).Where(key => key.StartsWith(channelId + "|", StringComparison.Ordinal));
}
