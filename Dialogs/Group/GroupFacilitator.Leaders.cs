namespace CoproBot.Dialogs.Group;

/// <summary>Who leads the sessions of a channel, for "forget me".</summary>
public sealed partial class GroupFacilitator
{
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
            var (saved, _) = await ChangeAsync(null, key, current =>
                current?.Leads(userId) == true
                    ? (current with { FacilitatorId = string.Empty, FacilitatorName = null }, [])
                    : Unchanged(),
                cancellationToken);
            vacated += saved is null ? 0 : 1;
        }

        return vacated;
    }

    private async Task<IEnumerable<string>> KeysInChannelAsync(string channelId, CancellationToken cancellationToken) =>
        (await store.ConversationKeysAsync(cancellationToken)).Where(key => key.StartsWith(channelId + "|", StringComparison.Ordinal));
}
