using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CoproBot.Bot.BotFramework;

/// <summary>One reply owed to the person: saved with the state of the turn that made it, dropped once the channel confirms it.</summary>
public sealed class OutboxEntry
{
    /// <summary>Its own id, so a reply is sent once even when the turn's replies are sent again after a crash.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The instance that saved it (see <see cref="BotOptions.InstanceName"/>), which sends it unless it is gone.</summary>
    public string Owner { get; set; } = string.Empty;

    /// <summary>The process that saved it, which alone knows the entry is not in flight; empty in entries saved before it was kept.</summary>
    /// <remarks>Two live processes given one <see cref="Owner"/> name by mistake still tell their entries apart by it.</remarks>
    public string Process { get; set; } = string.Empty;

    /// <summary>When it was saved, in Unix milliseconds.</summary>
    public long SavedAt { get; set; }

    /// <summary>The reply as it is sent: the bot's own words, addressed to the conversation.</summary>
    /// <remarks>A new entry holds the reply's JSON as written, which the state carries as it is; read back, it is an object.</remarks>
    public JToken Activity { get; set; } = new JObject();

    /// <summary>The reply as this turn gathered it, sent as it is; only <see cref="Activity"/> is stored.</summary>
    [JsonIgnore]
    public Activity? Gathered { get; set; }

    /// <summary>The reply to send: as gathered by this turn (a new entry always has it), or as stored by an earlier one.</summary>
    public Activity ToActivity(JsonSerializer serializer) =>
        Gathered
        ?? Activity.ToObject<Activity>(serializer)
        ?? throw new JsonSerializationException($"The outbox entry {Id} holds no reply.");
}
