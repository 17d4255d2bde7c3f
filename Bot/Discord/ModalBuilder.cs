using System.Text.Json.Nodes;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CoproBot.Bot.Discord;

/// <summary>The text box Discord shows when the bot asks for free text: the question, then one paragraph input.</summary>
public static class ModalBuilder
{
    public const string ModalId = "copro:text";
    public const string InputId = "answer";
    public const int MaxTitle = 45;
    public const int MaxQuestion = 4000;

    private const int TextInput = 4;
    private const int Paragraph = 2;
    private const int TextDisplay = 10;
    private const int Label = 18;

    /// <summary>Whether the question fits in a modal; a longer one is shown as a message with an Answer button.</summary>
    public static bool Fits(string? question) => (question?.Length ?? 0) <= MaxQuestion;

    /// <summary>The modal for a reply that asks for text. channelData.textInput may give a title, label and placeholder.</summary>
    public static JsonObject For(Activity activity) => Build(
        activity.Text,
        Hint(activity, "title"),
        Hint(activity, "label"),
        Hint(activity, "placeholder"));

    public static JsonObject Build(string? question, string? title = null, string? label = null, string? placeholder = null)
    {
        var components = new JsonArray();
        if (!string.IsNullOrWhiteSpace(question) && Fits(question))
        {
            components.Add(new JsonObject { ["type"] = TextDisplay, ["content"] = question });
        }

        var input = new JsonObject
        {
            ["type"] = TextInput,
            ["custom_id"] = InputId,
            ["style"] = Paragraph,
            ["required"] = true,
            ["max_length"] = 4000,
        };
        if (!string.IsNullOrWhiteSpace(placeholder))
        {
            input["placeholder"] = placeholder.Length <= 100 ? placeholder : placeholder[..99] + "…";
        }

        components.Add(new JsonObject { ["type"] = Label, ["label"] = Short(label ?? "Your answer"), ["component"] = input });
        return new JsonObject { ["custom_id"] = ModalId, ["title"] = Short(title ?? "CoproBot"), ["components"] = components };
    }

    private static string Short(string text) => text.Length <= MaxTitle ? text : text[..(MaxTitle - 1)] + "…";

    private static string? Hint(Activity activity, string name) =>
        activity.ChannelData is JObject channelData && channelData["textInput"] is JObject textInput ? (string?)textInput[name] : null;
}
