using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CoproBot.Bot.Discord;

/// <summary>
/// A reply for someone other than the person whose interaction is answered (a note to a session's facilitator): an
/// ephemeral message can only reach the interaction's own user, so it goes to them in a direct message instead.
/// </summary>
/// <remarks>
/// When the direct message cannot be opened or sent (the person allows no messages from the server's members, say),
/// the note is not sent at all: it is never posted where others could see it.
/// </remarks>
public static class DirectMessages
{
    private const string ToKey = "directTo";

    /// <summary>Marks the reply as for <paramref name="userId"/> alone, in a direct message.</summary>
    public static void Mark(IActivity activity, string userId) => DiscordReplyRenderer.ChannelData(activity)[ToKey] = userId;

    /// <summary>The person a reply is for in a direct message; null for a reply in the interaction's channel.</summary>
    public static string? To(IActivity activity) => activity.ChannelData is JObject data ? (string?)data[ToKey] : null;

    /// <summary>Sends the reply to the person in a direct message; true when it went.</summary>
    public static async Task<bool> SendAsync(DiscordRestClient rest, ILogger logger, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rest);
        ArgumentNullException.ThrowIfNull(activity);
        var userId = To(activity) ?? throw new ArgumentException("The reply is not marked for a direct message.", nameof(activity));
        try
        {
            var channel = await rest.CreateDirectChannelAsync(userId, cancellationToken);
            var channelId = (string?)channel?["id"] ?? throw new HttpRequestException("Discord opened no direct channel.");
            foreach (var message in MessageRenderer.Render(activity, ephemeral: false))
            {
                // A direct message is private already; the ephemeral flag belongs to interactions only.
                message.Remove("flags");
                await rest.CreateMessageAsync(channelId, message, cancellationToken);
            }

            return true;
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            DiscordLog.DirectMessageFailed(logger, e);
            return false;
        }
    }
}
