using System.Text.Json;
using System.Text.Json.Nodes;
using CoproBot.Dialogs.Replies;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CoproBot.Bot.Discord;

/// <summary>The text box Discord shows when the bot asks for free text: the question, then one paragraph input.</summary>
/// <remarks>
/// A modal's custom_id names the step it answers, as <c>copro:text:</c> and the step's JSON, so its submit is read
/// back into the typed step (<see cref="StepOf"/>); 100 characters hold any step.
/// </remarks>
public static class ModalBuilder
{
    public const string ModalId = "copro:text";
    public const string InputId = "answer";
    public const int MaxTitle = 45;
    public const int MaxQuestion = 4000;

    /// <summary>The most a Discord text input holds.</summary>
    public const int MaxAnswer = 4000;

    private const string HintsKey = "textInput";
    private const string StepPrefix = ModalId + ":";
    private const int TextInput = 4;
    private const int Paragraph = 2;
    private const int TextDisplay = 10;
    private const int Label = 18;

    private static readonly JsonSerializerOptions StepJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(allowIntegerValues: false) },
        MaxDepth = 4,
    };

    /// <summary>Whether the question fits in a modal; a longer one is shown as a message with an Answer button.</summary>
    public static bool Fits(string? question) => (question?.Length ?? 0) <= MaxQuestion;

    /// <summary>Keeps what a modal for <paramref name="input"/> shows (its title, label, placeholder and step) with the reply.</summary>
    public static void Describe(Activity activity, InputRequest input)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(input);
        DiscordReplyRenderer.ChannelData(activity)[HintsKey] = new JObject
        {
            ["title"] = input.Label,
            ["label"] = input.Label,
            ["placeholder"] = input.Placeholder,
            ["step"] = input.Step is { } step ? JsonSerializer.Serialize(step, StepJson) : null,
        };
    }

    /// <summary>The modal for a reply that asks for text, as <see cref="Describe"/> described it.</summary>
    public static JsonObject For(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var modal = Build(activity.Text, Hint(activity, "title"), Hint(activity, "label"), Hint(activity, "placeholder"));
        if (Hint(activity, "step") is { } step && StepPrefix.Length + step.Length <= ComponentBuilder.MaxCustomId)
        {
            modal["custom_id"] = StepPrefix + step;
        }

        return modal;
    }

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
            ["max_length"] = MaxAnswer,
        };
        if (!string.IsNullOrWhiteSpace(placeholder))
        {
            input["placeholder"] = placeholder.ShortenTo(100);
        }

        components.Add(new JsonObject { ["type"] = Label, ["label"] = Short(label ?? "Your answer"), ["component"] = input });
        return new JsonObject { ["custom_id"] = ModalId, ["title"] = Short(title ?? "CoproBot"), ["components"] = components };
    }

    /// <summary>The step a submitted modal answered, from its custom_id; null for a modal that names none, or not as this one writes it.</summary>
    public static StepReference? StepOf(string? modalId)
    {
        if (modalId is null || !modalId.StartsWith(StepPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<StepReference>(modalId.AsSpan(StepPrefix.Length), StepJson) is { Index: >= 0 } step && Enum.IsDefined(step.Kind) ? step : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Short(string text) => text.ShortenTo(MaxTitle);

    private static string? Hint(Activity activity, string name) =>
        activity.ChannelData is JObject channelData && channelData[HintsKey] is JObject textInput ? (string?)textInput[name] : null;
}
