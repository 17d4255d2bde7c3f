using System.Text;
using System.Text.Json.Nodes;
using CoproBot.Bot.Charts;
using CoproBot.Dialogs.Replies;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CoproBot.Bot.Discord;

/// <summary>A reply's files on Discord: its document (an export) and its charts as PNGs, in one message after the words, each described.</summary>
/// <remarks>
/// The renderer keeps what the files are made of in the reply's channel data: a chart's data, a few hundred bytes, not
/// its picture, which <see cref="DiscordRestClient"/> draws once as it sends the message (after the interaction has its
/// answer in words). The files travel in the message under <see cref="FilesKey"/> until then, and go as multipart
/// (<c>payload_json</c> and <c>files[n]</c>), as Discord's uploads take them.
/// </remarks>
public static class FileAttachments
{
    /// <summary>Where the files to send wait in a message being sent; never part of what Discord receives as JSON.</summary>
    public const string FilesKey = "__copro_files";

    /// <summary>Discord takes at most 10 attachments on a message.</summary>
    public const int MaxPerMessage = 10;

    /// <summary>The largest document attached: Discord takes up to 10 MiB per upload from a bot; the charts need room too.</summary>
    public const int MaxDocumentBytes = 8 * 1024 * 1024;

    /// <summary>Discord's longest attachment description.</summary>
    public const int MaxDescription = 1024;

    private const string ChartsKey = "charts";
    private const string DocumentKey = "document";

    public static void Describe(IActivity activity, IReadOnlyList<ReplyChart> charts, ReplyDocument? document)
    {
        if (charts.Count > 0)
        {
            DiscordReplyRenderer.ChannelData(activity)[ChartsKey] = JArray.FromObject(charts);
        }

        // A document too large to upload is still in the message's words; only the file is left out.
        if (document is not null && Encoding.UTF8.GetByteCount(document.Content) <= MaxDocumentBytes)
        {
            DiscordReplyRenderer.ChannelData(activity)[DocumentKey] = new JObject
            {
                ["name"] = document.FileName,
                ["type"] = document.MediaType,
                ["title"] = document.Title,
                ["content"] = document.Content,
            };
        }
    }

    /// <summary>The message of the activity's files, to be drawn as it is sent; null when it has none.</summary>
    public static JsonObject? Message(Activity activity)
    {
        if (activity.ChannelData is not JObject data)
        {
            return null;
        }

        var files = new List<JsonObject>();
        if (data[DocumentKey] is JObject document)
        {
            files.Add(new JsonObject
            {
                ["name"] = (string?)document["name"],
                ["type"] = (string?)document["type"],
                ["description"] = ((string?)document["title"] ?? string.Empty).ShortenTo(MaxDescription),
                ["content"] = (string?)document["content"],
            });
        }

        var charts = data[ChartsKey] is JArray described ? described.ToObject<List<ReplyChart>>()! : [];
        foreach (var chart in charts.Take(MaxPerMessage - files.Count))
        {
            var number = files.Count(f => f["chart"] is not null) + 1;
            files.Add(new JsonObject
            {
                ["name"] = $"ratings-{number}.png",
                ["type"] = "image/png",
                ["description"] = chart.AltText.ShortenTo(MaxDescription),
                ["chart"] = JsonNode.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(chart)),
            });
        }

        if (files.Count == 0)
        {
            return null;
        }

        var attachments = new JsonArray();
        for (var i = 0; i < files.Count; i++)
        {
            attachments.Add(new JsonObject { ["id"] = i, ["filename"] = (string?)files[i]["name"], ["description"] = (string?)files[i]["description"] });
        }

        return new JsonObject { ["attachments"] = attachments, [FilesKey] = new JsonArray([.. files]) };
    }

    /// <summary>The files of a message, made once when it is sent, so no interaction waits on the drawing.</summary>
    public static List<OutgoingFile> Make(JsonArray files) =>
        [.. files.Select(file => new OutgoingFile(
            (string)file!["name"]!,
            (string)file["type"]!,
            file["chart"] is { } chart
                ? ChartPicture.Png(Newtonsoft.Json.JsonConvert.DeserializeObject<ReplyChart>(chart.ToJsonString())!)
                : Encoding.UTF8.GetBytes((string?)file["content"] ?? string.Empty)))];

}

/// <summary>One file of a Discord upload: its name, media type and bytes.</summary>
public sealed record OutgoingFile(string Name, string MediaType, byte[] Bytes);
