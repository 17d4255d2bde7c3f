using Microsoft.Bot.Schema;

namespace CoproBot.Tests.Infrastructure;

/// <summary>Talks to a bot turn by turn: one activity in, the texts of the messages it sent back out.</summary>
public static class BotHostReplies
{
    /// <summary>Sends a raw activity (Teams JSON, a card submit), which must be accepted, and returns the texts of the replies.</summary>
    public static async Task<List<string>> PostAsync(this BotHost host, Dictionary<string, object?> activity)
    {
        host.Connector.Drain();
        var response = await host.PostActivityAsync(activity);
        response.EnsureSuccessStatusCode();
        return Messages(host);
    }

    /// <summary>The texts of the messages received since the last drain (typing indicators left out).</summary>
    public static List<string> Messages(BotHost host) =>
        [.. host.Connector.Drain().Where(r => r.Activity.Type == ActivityTypes.Message).Select(r => Replies.TextOf(r.Activity))];
}
