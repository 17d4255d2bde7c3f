using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CoproBot.Storage.Tables;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace CoproBot.Bot.BotFramework;

/// <summary>Processes each delivered activity once, even when a channel re-sends it or two instances receive it.</summary>
/// <remarks>
/// Teams re-sends an activity with the same id when the bot is slow to answer. The first instance to record the
/// delivery in the shared store wins; the record is an insert-if-absent, so the check holds across instances.
/// Records are a hash in a partition per day: they name no person or conversation, and old days are purged whole.
/// </remarks>
public sealed class DuplicateActivityMiddleware(ITableStore store, TimeProvider time, ILogger<DuplicateActivityMiddleware> logger) : IMiddleware
{
    public const string Table = "activities";

    // A redelivery soon after midnight is looked for in the day before too.
    private static readonly TimeSpan DayOverlap = TimeSpan.FromMinutes(30);

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (!IsDeduplicated(activity))
        {
            await next(cancellationToken);
            return;
        }

        var now = time.GetUtcNow();
        var delivery = DeliveryHash(activity);
        var inserted = await store.InsertAsync(Table, Day(now), delivery, $"{{\"received\":\"{now:O}\"}}", cancellationToken);
        var seen = inserted.Status == WriteStatus.Conflict
            || (now.TimeOfDay < DayOverlap && await store.GetAsync(Table, Day(now.AddDays(-1)), delivery, cancellationToken) is not null);
        if (seen)
        {
            Log.DuplicateActivity(logger, activity.ChannelId, activity.Conversation.Id, activity.Id);
            return;
        }

        try
        {
            await next(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failed turn is not a processed one: a redelivery of the same activity gets its turn again.
            await ForgetAsync(Day(now), delivery);
            throw;
        }
    }

    private async Task ForgetAsync(string day, string delivery)
    {
        try
        {
            await store.DeleteAsync(Table, day, delivery, etag: null, CancellationToken.None);
        }
        catch (Exception e) when (e is StorageUnavailableException or TimeoutException)
        {
            Log.DeliveryRecordKept(logger, e);
        }
    }

    public static string Day(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string DeliveryHash(Activity activity) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{activity.ChannelId}\n{activity.Conversation.Id}\n{activity.Id}")));

    // Invokes expect an answer on the same request, so a dropped duplicate would look like a failure to the channel.
    private static bool IsDeduplicated(Activity activity) =>
        !string.IsNullOrEmpty(activity.Id)
        && activity.Conversation?.Id is not null
        && activity.Type is ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate;
}
