using CoproBot.Storage.Tables;

namespace CoproBot.Bot.Conversation;

/// <summary>Records which conversations have been welcomed, so the welcome goes out exactly once.</summary>
/// <remarks>
/// Teams sends an installationUpdate and a conversationUpdate for one install, concurrently. A flag in conversation
/// state would let both turns read "not welcomed" before either saved; an insert-if-absent lets only one win.
/// </remarks>
public sealed class WelcomeLedger(ITableStore store, TimeProvider time)
{
    public const string Table = "welcomes";

    /// <summary>True for the one caller that claims the welcome of this conversation.</summary>
    public async Task<bool> TryClaimAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var result = await store.InsertAsync(Table, channelId, conversationId, $"{{\"at\":\"{time.GetUtcNow():O}\"}}", cancellationToken);
        return result.Succeeded;
    }
}
