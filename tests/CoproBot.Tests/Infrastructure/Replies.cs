using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CoproBot.Tests.Infrastructure;

public static class Replies
{
    /// <summary>What a reply says: its text, or for an Adaptive Card (as Teams gets answers) the card's fallback text.</summary>
    public static string TextOf(Activity reply) =>
        reply.Text ?? reply.Attachments?.Select(a => a.Content).OfType<JObject>().Select(c => (string?)c["fallbackText"]).FirstOrDefault(t => t is not null) ?? string.Empty;
}
