using System.Globalization;
using CoproBot.Storage.Tables;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace CoproBot.Bot.BotFramework;

/// <summary>Processes each delivered activity once, even when a channel re-sends it or two instances receive it.</summary>
/// <remarks>
/// Teams re-sends an activity with the same id when the bot is slow to answer. The first instance to record
/// the id in the shared store wins; the record is an insert-if-absent, so the check holds across instances.
/// </remarks>
public sealed class DuplicateActivityMiddleware(ITableStore store, TimeProvider time, ILogger<DuplicateActivityMiddleware> logger) : IMiddleware
{
    public const string Table = "activities";

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (!IsDeduplicated(activity))
        {
            await next(cancellationToken);
            return;
        }

        var received = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        var result = await store.InsertAsync(Table, PartitionOf(activity), activity.Id, "{\"received\":\"" + received + "\"}", cancellationToken);
        if (result.Status == WriteStatus.Conflict)
        {
            Log.DuplicateActivity(logger, activity.ChannelId, activity.Conversation.Id, activity.Id);
            return;
        }

        await next(cancellationToken);
    }

    public static string PartitionOf(IActivity activity) => activity.ChannelId + "|" + activity.Conversation.Id;

    // Invokes expect an answer on the same request, so a dropped duplicate would look like a failure to the channel.
    private static bool IsDeduplicated(Activity activity) =>
        !string.IsNullOrEmpty(activity.Id)
        && activity.Conversation?.Id is not null
        && activity.Type is ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate;
}
