using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CoproBot.Dialogs.Reflection;

/// <summary>An answer sent from a card (Teams Action.Submit, a Discord modal): the text and the step it answered.</summary>
public sealed record CardAnswer(string Answer, string? Step)
{
    public static CardAnswer? From(IActivity activity) =>
        (activity as IMessageActivity)?.Value is JObject value && value["answer"]?.Type == JTokenType.String
            ? new CardAnswer(value["answer"]!.ToString().Trim(), value["step"]?.Type == JTokenType.String ? value["step"]!.ToString() : null)
            : null;
}
