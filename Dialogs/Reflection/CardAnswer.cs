using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CoproBot.Dialogs.Reflection;

/// <summary>An answer sent from a card (Teams Action.Submit, a Discord modal): the text and the step it answered.</summary>
public sealed record CardAnswer(string Answer, string? Step)
{
    /// <summary>The channel-data key of a prompt that names the step it asks in, for channels that render it as a card.</summary>
    public const string StepKey = "coprobotStep";

    public static CardAnswer? From(IActivity activity) =>
        (activity as IMessageActivity)?.Value is JObject value && value["answer"]?.Type == JTokenType.String
            ? new CardAnswer(value["answer"]!.ToString().Trim(), value["step"]?.Type == JTokenType.String ? value["step"]!.ToString() : null)
            : null;
}
