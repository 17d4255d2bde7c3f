using System.Text.Json.Nodes;
using CoproBot.Bot.Conversation;
using CoproBot.Dialogs.Replies;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CoproBot.Bot.Discord;

/// <summary>Turns a Bot Framework reply into Discord messages within Discord's limits; long text is split, never cut.</summary>
public static class MessageRenderer
{
    public const int MaxDescription = 4096;
    public const int MaxEmbedsPerMessage = 10;
    public const int MaxCharactersPerMessage = 6000;
    public const int MaxTitle = 256;
    public const int Colour = 0x2E7D6B;

    /// <summary>Whether a reply asks for free text: a prompt expecting input with nothing to press instead.</summary>
    /// <remarks>This is what a Bot Framework text prompt sends, so dialogs need no Discord knowledge to get a text box.</remarks>
    public static bool AsksForText(Activity activity) =>
        activity.Type == ActivityTypes.Message
        && activity.InputHint == InputHints.ExpectingInput
        && (activity.SuggestedActions?.Actions is null || activity.SuggestedActions.Actions.Count == 0)
        && !CardButtons(activity).Any();

    /// <summary>Where a reply is marked as for the sender's eyes only (see <see cref="MarkEphemeral"/>).</summary>
    public const string EphemeralKey = "ephemeral";

    /// <summary>Shows this one reply only to the person whose interaction it answers, whatever the rest of the turn does.</summary>
    public static void MarkEphemeral(IActivity activity)
    {
        DiscordReplyRenderer.ChannelData(activity)[EphemeralKey] = true;
    }

    public static bool IsEphemeral(IActivity activity) =>
        activity.ChannelData is JObject data && data[EphemeralKey]?.Type == JTokenType.Boolean && (bool)data[EphemeralKey]!;

    /// <summary>The messages for one reply; empty when it has nothing to show.</summary>
    public static List<JsonObject> Render(Activity activity, bool ephemeral)
    {
        var embeds = new List<JsonObject>();
        foreach (var attachment in activity.Attachments ?? [])
        {
            embeds.AddRange(AttachmentEmbeds(attachment));
        }

        embeds.InsertRange(0, TextEmbeds(activity.Text, title: null));
        var actions = (activity.SuggestedActions?.Actions ?? []).Concat(CardButtons(activity)).ToList();
        var components = ComponentBuilder.Build(actions, withAnswerButton: AsksForText(activity));

        var messages = Pack(embeds);
        if (components.Count > 0)
        {
            if (messages.Count == 0)
            {
                messages.Add(new JsonObject());
            }

            messages[^1]["components"] = components;
        }

        // After the words, which say the same: the pictures never answer an interaction on their own.
        if (FileAttachments.Message(activity) is { } charts)
        {
            messages.Add(charts);
        }

        foreach (var message in messages)
        {
            // User-written text is quoted back in answers: nobody may be pinged by it, whatever it says.
            message["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() };
            if (ephemeral || IsEphemeral(activity))
            {
                message["flags"] = 64;
            }
        }

        return messages;
    }

    /// <summary>A plain message, for the bot's own short notes.</summary>
    public static JsonObject Note(string text, bool ephemeral) => Render(new Activity(ActivityTypes.Message) { Text = text }, ephemeral)[0];

    private static IEnumerable<JsonObject> TextEmbeds(string? text, string? title)
    {
        if (string.IsNullOrWhiteSpace(text) && title is null)
        {
            yield break;
        }

        var first = true;
        foreach (var piece in string.IsNullOrWhiteSpace(text) ? [string.Empty] : TextSplitter.Split(text, MaxDescription))
        {
            var embed = new JsonObject { ["color"] = Colour };
            if (first && title is not null)
            {
                embed["title"] = title.ShortenTo(MaxTitle);
            }

            if (piece.Length > 0)
            {
                embed["description"] = piece;
            }

            first = false;
            yield return embed;
        }
    }

    private static IEnumerable<JsonObject> AttachmentEmbeds(Attachment attachment)
    {
        if (attachment.ContentType is HeroCard.ContentType or ThumbnailCard.ContentType && attachment.Content is not null)
        {
            var card = JObject.FromObject(attachment.Content);
            var body = string.Join("\n\n", new[] { (string?)card["subtitle"], (string?)card["text"] }.Where(part => !string.IsNullOrWhiteSpace(part)));
            var title = (string?)card["title"];
            if (title is { Length: > MaxTitle })
            {
                // A title too long for the title line is kept whole as the first line of the text instead.
                body = "**" + title + "**\n\n" + body;
                title = null;
            }

            return TextEmbeds(body, title);
        }

        var link = attachment.ContentUrl ?? attachment.ThumbnailUrl;
        return link is null ? [] : TextEmbeds($"[{attachment.Name ?? link}]({link})", title: null);
    }

    private static IEnumerable<CardAction> CardButtons(Activity activity) =>
        (activity.Attachments ?? [])
            .Where(attachment => attachment.ContentType is HeroCard.ContentType or ThumbnailCard.ContentType && attachment.Content is not null)
            .SelectMany(attachment => JObject.FromObject(attachment.Content)["buttons"]?.ToObject<List<CardAction>>() ?? []);

    private static List<JsonObject> Pack(List<JsonObject> embeds)
    {
        var messages = new List<JsonObject>();
        JsonArray? current = null;
        var size = 0;
        foreach (var embed in embeds)
        {
            var length = (((string?)embed["title"])?.Length ?? 0) + (((string?)embed["description"])?.Length ?? 0);
            if (current is null || current.Count == MaxEmbedsPerMessage || size + length > MaxCharactersPerMessage)
            {
                current = [];
                messages.Add(new JsonObject { ["embeds"] = current });
                size = 0;
            }

            current.Add(embed);
            size += length;
        }

        return messages;
    }
}
