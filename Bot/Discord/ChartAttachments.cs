using System.Text.Json.Nodes;
using CoproBot.Bot.Charts;
using CoproBot.Dialogs.Replies;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CoproBot.Bot.Discord;

/// <summary>A reply's charts on Discord: one message of PNG attachments, each described for people who cannot see it.</summary>
/// <remarks>
/// The renderer keeps the charts' data in the reply's channel data, so a reply saved before it is sent holds a few
/// hundred bytes, not pictures; the pictures are drawn once, by <see cref="DiscordRestClient"/> as it sends the message (after the
/// interaction has its answer in words). The charts travel in the message under <see cref="FilesKey"/> until then, and
/// the pictures go as multipart
/// (<c>payload_json</c> and <c>files[n]</c>), as Discord's uploads take them.
/// </remarks>
public static class ChartAttachments
{
    /// <summary>Where the charts to draw wait in a message being sent; never part of what Discord receives as JSON.</summary>
    public const string FilesKey = "__copro_files";

    /// <summary>Discord takes at most 10 attachments on a message.</summary>
    public const int MaxPerMessage = 10;

    private const string ChartsKey = "charts";

    public static void Describe(IActivity activity, IReadOnlyList<ReplyChart> charts)
    {
        if (charts.Count > 0)
        {
            DiscordReplyRenderer.ChannelData(activity)[ChartsKey] = JArray.FromObject(charts);
        }
    }

    /// <summary>The message of the activity's charts, to be drawn as it is sent; null when it has none.</summary>
    public static JsonObject? Message(Activity activity)
    {
        if (activity.ChannelData is not JObject data || data[ChartsKey] is not JArray described || described.Count == 0)
        {
            return null;
        }

        var charts = described.ToObject<List<ReplyChart>>()!.Take(MaxPerMessage).ToList();
        var attachments = new JsonArray();
        var files = new JsonArray();
        for (var i = 0; i < charts.Count; i++)
        {
            attachments.Add(new JsonObject { ["id"] = i, ["filename"] = $"ratings-{i + 1}.png", ["description"] = charts[i].AltText });
            files.Add(JsonNode.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(charts[i])));
        }

        return new JsonObject { ["attachments"] = attachments, [FilesKey] = files };
    }

    /// <summary>The PNGs of a message's charts, drawn once when it is sent, so no interaction waits on the drawing.</summary>
    public static List<byte[]> Draw(JsonArray charts) =>
        [.. charts.Select(chart => ChartPicture.Png(Newtonsoft.Json.JsonConvert.DeserializeObject<ReplyChart>(chart!.ToJsonString())!))];
}
